import type { PersonalDataHolder } from '../../src/privacy/personal-data.ts';
import type { Db } from '../../src/store/db.ts';
import { contactNames } from './ids.ts';
import { queuedMessages } from './send-queue.ts';

/**
 * The personal data WeChat keeps in the bot's database: queued and sent messages, contact names and WeChat IDs.
 * Registered by the adapter, and by the runtime whether or not WeChat runs today (its tables are in every database).
 */
export const wechatPersonalData = (db: Db): PersonalDataHolder[] => [queuedMessages(db, 'wechat'), contactNames(db)];
