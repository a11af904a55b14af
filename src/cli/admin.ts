import { parseArgs } from 'node:util';
import { createApp } from '../app.ts';
import { limitsOf, loadConfig } from '../config.ts';
import { createLogger } from '../core/logger.ts';
import type { AdminArea, Output } from './admin/area.ts';
import { bookings } from './admin/bookings.ts';
import { festivals } from './admin/festivals.ts';
import { EVENT_USAGE, events, NOTICE_USAGE, notices, STATION_USAGE, stations } from './admin/notices.ts';
import { leads } from './admin/leads.ts';
import { mentors } from './admin/mentors.ts';
import { misses, staff } from './admin/staff.ts';
import { endQuietlyOnClosedPipe, exitOnStartupError, UsageError } from './startup.ts';

/** The areas of the staff CLI. Later features add theirs here (stations, festivals). */
const AREAS: Record<string, AdminArea> = { mentors, bookings, leads, staff, misses, festivals, stations, events, notices };

const USAGE = `usage: npm run --silent admin -- <area> <command> [args] [--db PATH] [--json]
  mentors  import FILE(.csv|.yaml) | list | add --name N --role 导师|辅导员|联络员 --specialties a,b --availability "2 14:00-17:00,4 09:00-12:00" [--counties ..] [--mode online|in_person|both] [--session 60] [--buffer 15] [--cap 4] | deactivate ID | activate ID | invite ID | unbind ID | revoke-code CODE
  bookings list [--status pending|confirmed|declined|cancelled|done] [--mentor ID] [--from YYYY-MM-DD] [--show-phones]
  leads    list [--county 洪湖市] [--stage 线索] [--kind 楚商回乡|返乡创业] [--from YYYY-MM-DD] [--until YYYY-MM-DD] | show ID | stage ID STAGE [--note TEXT] [--by NAME] | merge FROM INTO [--by NAME] | export [--format csv|xlsx] [--out FILE] | counts
  staff    invite --role admin|county|operator --name NAME [--county COUNTY] | list | revoke ACCOUNT|NAME | revoke-code CODE
  misses   [list] [--days 30]          questions the bot could not answer or that were rated unhelpful
  ${STATION_USAGE}
  ${EVENT_USAGE}
  ${NOTICE_USAGE}
  festivals [YEAR]                     春节, 清明, 端午, 中秋 and 国庆 of a year (this year by default), YYYY-MM-DD
Bind codes are valid for STAFF_CODE_TTL_HOURS (default 24); revoke and unbind take effect at once.
The default database is the one npm start uses (HUIXIANG_DB).`;

const FLAGS = ['db', 'name', 'role', 'specialties', 'availability', 'counties', 'mode', 'session', 'buffer', 'cap', 'status', 'mentor', 'from', 'until', 'county', 'stage', 'kind', 'note', 'by', 'format', 'out', 'days', 'text', 'station', 'region', 'city', 'at', 'cron', 'title', 'place', 'organiser', 'description', 'signup'] as const;

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        'show-phones': { type: 'boolean' },
        urgent: { type: 'boolean' },
        ...Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' as const }])),
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message.split('.')[0] : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [areaName, commandName = 'list', ...args] = positionals;
  if (values.help || !areaName || areaName === 'help') {
    process.stdout.write(`${USAGE}\n`);
    if (!areaName && !values.help) process.exitCode = 1;
    return;
  }
  const area = AREAS[areaName];
  // An area whose first argument is data rather than a command (festivals 2027) takes it through '*'.
  const command = area?.[commandName] ?? area?.['*'];
  if (area && !area[commandName] && area['*']) args.unshift(commandName);
  if (!area || !command) throw new UsageError(`unknown ${area ? `command "${commandName}" for ${areaName}` : `area "${areaName}"`}\n${USAGE}`);

  const config = loadConfig();
  const dbFlag = (values as Record<string, unknown>)['db'];
  const app = createApp({ knowledgeDir: config.HUIXIANG_KNOWLEDGE, dbPath: typeof dbFlag === 'string' ? dbFlag : config.HUIXIANG_DB, logger: createLogger({ level: 'error' }), limits: limitsOf(config) });
  const asJson = values.json === true;
  const out: Output = {
    text: (line) => void (!asJson && process.stdout.write(`${line}\n`)),
    json: (value) => void (asJson && process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)),
  };
  const flags = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === true ? 'true' : typeof v === 'string' ? v : undefined]));
  try {
    await command({ app, args, flags, out });
  } finally {
    app.close();
  }
}

endQuietlyOnClosedPipe();
main().catch(exitOnStartupError);
