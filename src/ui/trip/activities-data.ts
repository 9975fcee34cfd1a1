/**
 * The per-site activities and safety notes (287 KB of JSON), validated once on load. Imported only
 * from the Field trip tab's chunk.
 */
import raw from '../../../data/activities.json';
import { ActivitiesFile } from '../../domain/trip/activities';

const parsed = ActivitiesFile.safeParse(raw);
if (!parsed.success) console.error('[trip] data/activities.json does not match its schema', parsed.error.issues.slice(0, 3));

/** Empty when the file is damaged: the trip still works, without suggestions. */
export const ACTIVITIES: ActivitiesFile = parsed.success
  ? parsed.data
  : { kind: 'pedagogical-suggestions', version: 1, note: { th: '', en: '' }, sites: {} };
