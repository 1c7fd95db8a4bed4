/** Entry of diplomatic-timeline-takeaway.iife.js: the take-away code, for the single-file script. */
import * as takeAway from './takeAway.ts';

globalThis.DiplomaticTimelineTakeAway = takeAway;
