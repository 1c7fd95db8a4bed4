/**
 * npm run manifest: custom-elements.json, the element's public surface (attributes,
 * properties, methods, events, parts, CSS custom properties), from its JSDoc and its class.
 */

/** Private fields and methods (`#name`) are the element's own business, not its surface. */
export const publicOnly = {
  name: 'public-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
        );
      }
    }
  },
};

export default {
  globs: ['src/element/DiplomaticTimeline.ts'],
  outdir: '.',
  plugins: [publicOnly],
};
