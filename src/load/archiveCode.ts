/** What loading an archive's index needs: loaded only for an archive (see loadArchiveCode.ts). */
export { checkArchiveSteps } from '../archive/checkArchiveSteps.ts';
export { archiveModelSteps } from '../archive/archiveModel.ts';
