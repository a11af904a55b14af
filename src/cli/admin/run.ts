import { existsSync } from 'node:fs';
import { createApp, type App } from '../../app.ts';
import { limitsOf, loadConfig, samplesWanted, webPublicUrl } from '../../config.ts';
import { createLogger } from '../../core/logger.ts';
import { describeFailure, parseCli, UsageError } from '../startup.ts';
import type { AdminArea, CommandInput, Output } from './area.ts';
import { backup, restore } from './backup.ts';
import { bookings } from './bookings.ts';
import { festivals } from './festivals.ts';
import { leads } from './leads.ts';
import { mentors } from './mentors.ts';
import { EVENT_USAGE, events, NOTICE_USAGE, notices, STATION_USAGE, stations } from './notices.ts';
import { misses, staff, tickets } from './staff.ts';
import { samples, SAMPLES_USAGE } from './samples.ts';

/** The areas of the staff CLI, by the name typed after `admin --`. A new area is one file in this folder and one entry here. */
const AREAS: Record<string, AdminArea> = {
  mentors,
  bookings,
  leads,
  staff,
  misses,
  tickets,
  festivals,
  stations,
  events,
  notices,
  backup,
  restore,
  samples,
};

const USAGE = `usage: npm run --silent admin -- <area> <command> [args] [--db PATH [--create]] [--json]
  mentors  import FILE(.csv|.yaml) | list | add --name N --role 导师|辅导员|联络员 --specialties a,b --availability "2 14:00-17:00,4 09:00-12:00" [--counties ..] [--mode online|in_person|both] [--session 60] [--buffer 15] [--cap 4] | deactivate ID | activate ID | pause ID 7天|到12月20日 | resume ID | invite ID | unbind ID | revoke-code CODE
  bookings list [--status pending|confirmed|declined|cancelled|done] [--mentor ID] [--from YYYY-MM-DD] [--show-phones]
  leads    list [--county 洪湖市] [--stage 线索] [--kind 楚商回乡|返乡创业] [--from YYYY-MM-DD] [--until YYYY-MM-DD] | show ID | stage ID STAGE [--note TEXT] [--by NAME] | merge FROM INTO [--by NAME] | export [--format csv|xlsx] [--out FILE] | counts
  staff    invite --role admin|county|operator --name NAME [--county COUNTY] | list | revoke ACCOUNT|NAME | revoke-code CODE | web-login ACCOUNT|NAME|MENTOR_ID
  misses   [list] [--days 30]          questions the bot could not answer or that were rated unhelpful
  tickets  [list]                      open hand-off tickets, oldest first: waited, held by, what the user said (masked)
  ${STATION_USAGE}
  ${EVENT_USAGE}
  ${NOTICE_USAGE}
  festivals [YEAR]                     春节, 清明, 端午, 中秋 and 国庆 of a year (this year by default), YYYY-MM-DD
  backup [FILE]                        online copy of the database (safe while the bot runs); default BACKUP_DIR/huixiang-YYYYMMDD-HHmm.sqlite
  restore FILE                         replaces the database with a checked backup; refused while the bot runs
  ${SAMPLES_USAGE}
Bind codes are valid for STAFF_CODE_TTL_HOURS (default 24); revoke and unbind take effect at once.
The default database is the one npm start uses (HUIXIANG_DB). A database that does not exist yet is made only with --create.`;

const FLAGS = [
  'db',
  'name',
  'role',
  'specialties',
  'availability',
  'counties',
  'mode',
  'session',
  'buffer',
  'cap',
  'status',
  'mentor',
  'from',
  'until',
  'county',
  'stage',
  'kind',
  'note',
  'by',
  'format',
  'out',
  'days',
  'text',
  'station',
  'region',
  'topic',
  'city',
  'at',
  'cron',
  'title',
  'place',
  'organiser',
  'description',
  'signup',
] as const;

/** Where the admin CLI writes: a stream, or anything else with `write` (a test's buffer). */
export interface Sink {
  write(text: string): unknown;
}

export interface AdminIo {
  stdout: Sink;
  stderr: Sink;
  /** The settings (HUIXIANG_DB, limits ...); `process.env` plus `.env` when not given. */
  env?: NodeJS.ProcessEnv;
}

/**
 * `npm run admin -- <area> <command> ...` as a function: runs one command and returns the exit code. Failures print
 * as the entry point prints them (one line for what the operator can fix, a stack only for our bugs).
 */
export async function runAdmin(argv: string[], io: AdminIo): Promise<number> {
  let app: App | undefined;
  try {
    return await run(argv, io, (opened) => (app = opened));
  } catch (error) {
    io.stderr.write(`${describeFailure(error)}\n`);
    return 1;
  } finally {
    if (app?.db.open) app.close();
  }
}

async function run(argv: string[], io: AdminIo, opened: (app: App) => void): Promise<number> {
  const { values, positionals } = parseCli(
    {
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        create: { type: 'boolean' },
        'show-phones': { type: 'boolean' },
        urgent: { type: 'boolean' },
        ...Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' as const }])),
      },
    },
    USAGE,
  );
  const [areaName, commandName = 'list', ...args] = positionals;
  if (values.help || !areaName || areaName === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return !areaName && !values.help ? 1 : 0;
  }
  const area = AREAS[areaName];
  // An area whose first argument is data rather than a command (festivals 2027) takes it through '*'.
  const command = area?.[commandName] ?? area?.['*'];
  if (area && !area[commandName] && area['*']) args.unshift(commandName);
  if (!area || !command)
    throw new UsageError(`unknown ${area ? `command "${commandName}" for ${areaName}` : `area "${areaName}"`}\n${USAGE}`);

  const config = loadConfig(io.env);
  const dbFlag = (values as Record<string, unknown>)['db'];
  const dbPath = typeof dbFlag === 'string' ? dbFlag : config.HUIXIANG_DB;
  let app: App | undefined;
  // Opened when a command first asks for it: `festivals` needs no database. The knowledge base (jieba, the index)
  // is built only if a command uses the bot itself (app.core); none does today.
  const open = (): App => {
    if (app) return app;
    // A mistyped --db (or a HUIXIANG_DB seen from the wrong directory) would otherwise make a new, empty database
    // and report on that as if it were the bot's.
    if (dbPath !== ':memory:' && dbPath !== '' && !values.create && !existsSync(dbPath)) {
      throw new UsageError(`no database at ${dbPath}; add --create to make a new one`);
    }
    app = createApp({
      knowledgeDir: config.HUIXIANG_KNOWLEDGE,
      dbPath,
      logger: createLogger({ level: 'error' }),
      limits: limitsOf(config),
      samples: samplesWanted(config),
    });
    opened(app);
    return app;
  };
  const asJson = values.json === true;
  const out: Output = {
    text: (line) => void (!asJson && io.stdout.write(`${line}\n`)),
    json: (value) => void (asJson && io.stdout.write(`${JSON.stringify(value, null, 2)}\n`)),
  };
  const flags = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, v === true ? 'true' : typeof v === 'string' ? v : undefined]),
  );
  const input: CommandInput = {
    get app() {
      return open();
    },
    args,
    flags,
    out,
    publicUrl: webPublicUrl(config),
  };
  await command(input);
  return 0;
}
