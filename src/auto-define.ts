/** Entry of the single-file script: loading it defines <diplomatic-timeline>. */
import { defineDiplomaticTimeline } from './element/define.ts';

defineDiplomaticTimeline();
