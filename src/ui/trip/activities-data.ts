/**
 * The per-site activities and safety notes (about 430 KB of JSON), imported only from the Field
 * trip tab's chunk. Checked against their schema when the app is built (vite.config.ts,
 * validateAssets: a file that fails stops the build) and by tests/data/activities.test.ts, so the
 * tab does not parse them with the schema again when it opens (that took most of its first task).
 */
import raw from '../../../data/activities.json';
import type { ActivitiesFile } from '../../domain/trip/activities';

export const ACTIVITIES: ActivitiesFile = raw as ActivitiesFile;
