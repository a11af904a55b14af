import type { Intent } from '../intent/intents.ts';
import { consultBook } from './consult-book.ts';
import { consultManage } from './consult-manage.ts';
import { contactAsk } from './contact-ask.ts';
import { eventAsk } from './event-ask.ts';
import { greet } from './greet.ts';
import type { Handler } from './handler.ts';
import { handoffHuman } from './handoff-human.ts';
import { leadRegister } from './lead-register.ts';
import { noticeSubscribe } from './notice-subscribe.ts';
import { noticeUnsubscribe } from './notice-unsubscribe.ts';
import { outOfScope } from './out-of-scope.ts';
import { policyAsk } from './policy-ask.ts';
import { privacyDelete } from './privacy-delete.ts';

/** The routing table: every intent has exactly one handler (the type makes a missing one a compile error). */
export const HANDLERS: Record<Intent, Handler> = {
  'policy.ask': policyAsk,
  'consult.book': consultBook,
  'consult.manage': consultManage,
  'lead.register': leadRegister,
  'event.ask': eventAsk,
  'notice.subscribe': noticeSubscribe,
  'notice.unsubscribe': noticeUnsubscribe,
  'contact.ask': contactAsk,
  'handoff.human': handoffHuman,
  'privacy.delete': privacyDelete,
  greet,
  out_of_scope: outOfScope,
};
