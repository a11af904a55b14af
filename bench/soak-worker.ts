// The load of `npm run soak -- --kill` in its own process, so that it can be killed with SIGKILL:
// `soak-worker.ts DB LOG USERS MESSAGES SEED [PASSIVE_SUBSCRIBERS NOTICE_PER_SECOND]`. Continues from LOG when it exists; prints one JSON line at the end.
import { runLoad } from './soak-load.ts';

const [dbPath, progressLog, users, messages, seed, passive, perSecond] = process.argv.slice(2);
const result = await runLoad({
  dbPath: dbPath!,
  progressLog: progressLog!,
  users: Number(users),
  messages: Number(messages),
  seed: Number(seed),
  ...(passive ? { passiveSubscribers: Number(passive) } : {}),
  ...(perSecond ? { noticePerSecond: Number(perSecond) } : {}),
});
process.stdout.write(
  `${JSON.stringify({
    sent: result.sent,
    wallMs: result.wallMs,
    errors: result.errors.length,
    orderViolations: result.orderViolations,
    unanswered: result.unanswered,
    slowDowns: result.slowDowns,
    formsFoundAtStart: result.formsFoundAtStart,
    formsLostAtStart: result.formsLostAtStart,
    resumedInFlight: result.resumedInFlight,
    acceptedByMentors: result.acceptedByMentors,
    broadcast: result.broadcast,
  })}\n`,
);
