import { createHash } from 'node:crypto';
import type { Db } from '../../src/store/db.ts';
import type { PersonalDataHolder } from '../../src/privacy/personal-data.ts';

/** A WeChat contact as the puppet describes it. `handle` is the WeChat ID when the puppet knows it. */
export interface NativeContact {
  id: string;
  name: string;
  handle?: string | undefined;
}

export interface NativeRoom {
  id: string;
  topic: string;
}

/**
 * Our stable ids for WeChat contacts (`wx_…`) and rooms (`wxg_…`), kept in `platform_ids`. Some puppets (the web
 * protocol ones) give a contact a new native id at every login; when the puppet also reports the WeChat ID
 * (`handle`), a row keyed `handle:<id>` carries our user id over to the new native id. Names never merge two
 * contacts: two people called 张伟 must not share a session.
 */
export interface WechatIds {
  /** Our user id for a contact, recording (or refreshing) its native id and name. */
  contact(contact: NativeContact): string;
  /** Our chat id for a room, recording (or refreshing) its native id and topic. */
  room(room: NativeRoom): string;
  /** The native id last seen for one of our ids, to send to it; undefined when never seen. */
  nativeOf(ourId: string): string | undefined;
}

const PLATFORM = 'wechat';
const HANDLE = 'handle:';

type Kind = 'contact' | 'room';

/** A short id derived from the native id; lengthened on the rare collision. */
function derive(prefix: string, nativeId: string, taken: (id: string) => boolean): string {
  const hash = createHash('sha256').update(nativeId).digest('hex');
  for (let length = 10; ; length += 2) {
    const id = `${prefix}${hash.slice(0, length)}`;
    if (!taken(id)) return id;
  }
}

/** Builds the id map over the shared database. */
export function createWechatIds(db: Db, now: () => Date = () => new Date()): WechatIds {
  const byNative = db.prepare<{ nativeId: string }, { userId: string }>(
    `SELECT user_id AS userId FROM platform_ids WHERE platform = '${PLATFORM}' AND native_id = @nativeId`,
  );
  const taken = db.prepare<{ userId: string }, { one: number }>(
    `SELECT 1 AS one FROM platform_ids WHERE platform = '${PLATFORM}' AND user_id = @userId LIMIT 1`,
  );
  const upsert = db.prepare(
    `INSERT INTO platform_ids (platform, native_id, user_id, kind, name, updated_at)
     VALUES ('${PLATFORM}', @nativeId, @userId, @kind, @name, @now)
     ON CONFLICT (platform, native_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at`,
  );
  const latestNative = db.prepare<{ userId: string }, { nativeId: string }>(
    `SELECT native_id AS nativeId FROM platform_ids
      WHERE platform = '${PLATFORM}' AND user_id = @userId AND native_id NOT LIKE '${HANDLE}%'
      ORDER BY updated_at DESC LIMIT 1`,
  );

  const known = (nativeId: string) => byNative.get({ nativeId })?.userId;
  const isTaken = (userId: string) => taken.get({ userId }) !== undefined;

  /** Finds or makes our id for `keys[0]` (the native id), trying the other keys too, and records them all. */
  const resolve = db.transaction((kind: Kind, prefix: string, keys: string[], name: string): string => {
    const userId = keys.map(known).find((id) => id !== undefined) ?? derive(prefix, keys[0]!, isTaken);
    const at = now().getTime();
    for (const nativeId of keys) upsert.run({ nativeId, userId, kind, name, now: at });
    return userId;
  });

  return {
    contact: (contact) =>
      resolve('contact', 'wx_', contact.handle ? [contact.id, `${HANDLE}${contact.handle}`] : [contact.id], contact.name),
    room: (room) => resolve('room', 'wxg_', [room.id], room.topic),
    nativeOf: (ourId) => latestNative.get({ userId: ourId })?.nativeId,
  };
}

/**
 * What the id map keeps of a person: their WeChat name and WeChat ID (the `handle:` row). Forgetting removes both
 * and keeps only the native id, which the confirmation of the deletion still needs to reach them; it holds nothing
 * they told us, and their next message records their name afresh.
 */
export function contactNames(db: Db): PersonalDataHolder {
  const dropHandles = db.prepare<{ userId: string }>(
    `DELETE FROM platform_ids WHERE platform = '${PLATFORM}' AND user_id = @userId AND native_id LIKE '${HANDLE}%'`,
  );
  const blankNames = db.prepare<{ userId: string }>(
    `UPDATE platform_ids SET name = NULL WHERE platform = '${PLATFORM}' AND user_id = @userId AND kind = 'contact' AND name IS NOT NULL`,
  );
  return {
    name: 'wechat.platform_ids',
    tables: ['platform_ids'],
    forget(subject) {
      let removed = 0;
      for (const { platform, userId } of subject.accounts) {
        if (platform === PLATFORM) removed += dropHandles.run({ userId }).changes + blankNames.run({ userId }).changes;
      }
      return removed;
    },
  };
}
