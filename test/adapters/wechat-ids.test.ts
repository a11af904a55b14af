import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWechatIds } from '../../adapters/wechat/ids.ts';
import { openDatabase } from '../../src/store/db.ts';
import { virtualClock, wechatTempDir } from './wechat-helpers.ts';

function ids() {
  const db = openDatabase(join(wechatTempDir(), 'ids.sqlite'));
  const clock = virtualClock('2030-03-01T10:00:00+08:00');
  return { db, clock, map: createWechatIds(db, clock.now) };
}

describe('WeChat id map (platform_ids)', () => {
  it('gives a contact one stable wx_ id, keeps its name current, and never merges two people by name', () => {
    const { db, map } = ids();
    const zhang = map.contact({ id: 'native-1', name: '张三' });
    expect(zhang).toMatch(/^wx_[0-9a-f]{10}$/);
    expect(map.contact({ id: 'native-1', name: '张三(荆州)' })).toBe(zhang);
    expect(db.prepare(`SELECT name FROM platform_ids WHERE native_id = 'native-1'`).pluck().get()).toBe('张三(荆州)');
    expect(map.contact({ id: 'native-2', name: '张三(荆州)' })).not.toBe(zhang);
  });

  it('carries a user id over to a new native id when the puppet reports the same WeChat ID', () => {
    const { map, clock } = ids();
    const before = map.contact({ id: '@web-login-1', name: '李四', handle: 'lisi_jz' });
    clock.advance(86_400_000); // the next login of a web puppet: every native id is new
    const after = map.contact({ id: '@web-login-2', name: '李四', handle: 'lisi_jz' });
    expect(after).toBe(before);
    expect(map.nativeOf(before)).toBe('@web-login-2');
  });

  it('gives rooms wxg_ ids distinct from contacts and finds their native id for sending', () => {
    const { map } = ids();
    const room = map.room({ id: 'r1@chatroom', topic: '返乡创业交流群' });
    expect(room).toMatch(/^wxg_[0-9a-f]{10}$/);
    expect(map.nativeOf(room)).toBe('r1@chatroom');
    expect(map.nativeOf('wx_never_seen')).toBeUndefined();
  });
});
