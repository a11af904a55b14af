import type { Handler } from './handler.ts';
import { startLead } from './lead-form.ts';

/** Registers an investment or project lead as a form in chat, consent first; the first message prefills it. */
export const leadRegister: Handler = (ctx) => {
  startLead(ctx);
};
