import cron from 'node-cron';
import { parseLocalDateTime } from '../booking/time.ts';
import type { StaffMember } from '../leads/staff.ts';
import { HOMETOWNS } from '../leads/places.ts';
import type { NoticeInput } from './notices.ts';
import { NOTICE_MAX_CHARS } from './service.ts';
import type { StationRepo } from './stations.ts';
import type { Audience, SubscriptionRepo } from './subscriptions.ts';
import { valuesField } from './field-values.ts';
import { TOPIC_LIST, topicNamed } from './topics.ts';

export interface Draft {
  author: string;
  text: string;
  /** A station by id or name; its region is the audience unless another is given. */
  station?: string;
  region?: string;
  county?: string;
  /** The kinds of event it is about ("创业培训", "节日"; several joined by 、): only subscribers of those kinds, and
   * those who narrowed to no kind, receive it. Absent: every subscriber of the places. */
  topic?: string;
  /** "2026-12-12 14:00" (Asia/Shanghai); absent with no cron: now. */
  at?: string;
  cron?: string;
  urgent?: boolean;
}

export type Checked = { ok: true; notice: NoticeInput; recipients: number } | { ok: false; error: string };

/**
 * Checks a notice before it is stored, the same for the CLI and the chat form: text present and not too long, a
 * known station, a real future time or a valid cron expression, an audience with at least one subscriber, and, for
 * a station operator, only their own station's audience.
 */
export function checkNotice(
  draft: Draft,
  deps: { stations: StationRepo; subscriptions: SubscriptionRepo; now: Date; staff?: StaffMember },
): Checked {
  const text = draft.text.trim();
  if (!text) return { ok: false, error: '通知内容是空的。' };
  if ([...text].length > NOTICE_MAX_CHARS)
    return { ok: false, error: `通知太长了(${[...text].length}字),请控制在${NOTICE_MAX_CHARS}字以内,或分成几条。` };

  let stationId: number | null = null;
  let region = draft.region?.trim() || undefined;
  if (draft.station) {
    const station = deps.stations.find(draft.station);
    if (!station?.active) return { ok: false, error: `没有这个联络站:${draft.station}。用 stations list 查看编号。` };
    stationId = station.id;
    region ??= station.region;
  }
  // An operator speaks for their own station only; admins (and the CLI, run by staff on the server) for anyone.
  if (deps.staff?.role === 'operator') {
    const own = deps.staff.stationId === null ? undefined : deps.stations.get(deps.staff.stationId);
    if (!own) return { ok: false, error: '您的账号没有关联联络站,请管理员重新发绑定码。' };
    if (stationId !== null && stationId !== own.id) return { ok: false, error: '联络站运营只能给本站的订阅用户发通知。' };
    stationId = own.id;
    if (region && region !== own.region) return { ok: false, error: `联络站运营只能给本站地区(${own.region})发通知。` };
    region = own.region;
  } else if (deps.staff && deps.staff.role !== 'admin') {
    return { ok: false, error: '只有联络站运营和管理员可以发通知。' };
  }
  const county = draft.county?.trim() || undefined;
  if (county && !(HOMETOWNS as readonly string[]).includes(county))
    return { ok: false, error: `不认识的县市区:${county}(可选:${HOMETOWNS.join('、')})。` };

  const named = (draft.topic ?? '').split(/[、,，\s]+/).filter(Boolean);
  const topics = named.map(topicNamed);
  const unknown = named.find((_, i) => !topics[i]);
  if (unknown) return { ok: false, error: `不认识的类别:${unknown}(可选:${TOPIC_LIST})。` };
  const topic = valuesField([...new Set(topics as string[])]);

  let sendAt: number | undefined;
  if (draft.cron) {
    if (!cron.validate(draft.cron)) return { ok: false, error: `定时表达式不对:"${draft.cron}"。例如每周一上午10点:"0 10 * * 1"。` };
  } else if (draft.at) {
    sendAt = parseLocalDateTime(draft.at);
    if (sendAt === undefined) return { ok: false, error: `时间不对:"${draft.at}"。请写成 2026-12-12 14:00。` };
    if (sendAt < deps.now.getTime() - 60_000) return { ok: false, error: `这个时间已经过去了:${draft.at}。` };
  }

  const audience: Audience = { ...(region ? { region } : {}), ...(county ? { county } : {}), ...(topic ? { topic } : {}) };
  const recipients = deps.subscriptions.audience(audience).length;
  if (!recipients) return { ok: false, error: '这个范围里还没有订阅用户,通知不会发给任何人,所以没有保存。' };
  return {
    ok: true,
    recipients,
    notice: {
      author: draft.author,
      stationId,
      audience,
      text,
      urgent: draft.urgent === true,
      ...(sendAt !== undefined ? { sendAt } : {}),
      ...(draft.cron ? { cron: draft.cron } : {}),
    },
  };
}
