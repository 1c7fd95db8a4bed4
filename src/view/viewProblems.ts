import type { Problem } from '../types.ts';
import type { ViewState, ViewStateError } from './viewState.ts';
import { readViewState } from './viewState.ts';

/**
 * A view as URL parameters, and its values that cannot be read as problems for
 * `timeline-error` (not fatal), each naming its parameter: every bad value is reported, the
 * rest of the view applied.
 */
export function readViewProblems(params: string): { state: ViewState; problems: Problem[] } {
  const { state, errors } = readViewState(new URLSearchParams(params));
  return { state, problems: errors.map(viewProblem) };
}

export function viewProblem({ key, message }: ViewStateError): Problem {
  return { path: key, message };
}

/** A view's `selected` that names no event of the data shown. */
export function unknownSelectedProblem(id: string): Problem {
  return { path: 'selected', message: `invalid selected: ${JSON.stringify(id)} (no event has this id)` };
}
