import type { Actor, Problem } from '../types.ts';
import { pickDefined } from '../util/values.ts';
import { BROKEN_CHARACTER, findIllFormedString } from './illFormedStrings.ts';
import { schemaProblems } from './schemaProblems.ts';
import { validateActor } from './schemaValidators.generated.js';

/** The valid actors by id; a problem for each invalid or repeated one. */
export function validActors(rawActors: unknown[], problems: Problem[]): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  rawActors.forEach((raw, index) => {
    const found = schemaProblems(validateActor, raw, `/actors/${index}`);
    if (found.length > 0) {
      problems.push(...found);
      return;
    }
    const actor = raw as Actor;
    if (actors.has(actor.id)) {
      problems.push({
        path: `/actors/${index}/id`,
        message: `"${actor.id}" is the id of an earlier actor: ids must be unique`,
      });
      return;
    }
    const copy = pickDefined(actor, ['id', 'kind', 'country']) as Actor;
    copy.name = { en: actor.name.en, ar: actor.name.ar };
    if (actor.role) copy.role = { en: actor.role.en, ar: actor.role.ar };
    const badText = findIllFormedString(copy, `/actors/${index}`);
    if (badText) {
      problems.push({ path: badText, message: BROKEN_CHARACTER });
      return;
    }
    actors.set(actor.id, copy);
  });
  return actors;
}
