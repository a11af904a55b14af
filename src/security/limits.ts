/** Abuse limits and retention periods; every one is a setting (see `.env.example` and SECURITY.md). */
export interface SecurityLimits {
  /** Wrong /link or /bind codes one account may send in an hour before every code attempt is refused. */
  codeFailuresPerHour: number;
  /** Wrong codes from all accounts together in one minute before admins are alerted and attempts refused. */
  codeFailuresPerMinute: number;
  /** How long a staff or mentor /bind code stays valid. */
  staffCodeTtlHours: number;
  /** Messages one person may send in a minute before the bot answers only with a request to slow down. */
  messagesPerMinute: number;
  /** Days a sent WeChat message's text is kept in the send queue before it is pruned. */
  sentRetentionDays: number;
}

export const DEFAULT_LIMITS: SecurityLimits = {
  codeFailuresPerHour: 5,
  codeFailuresPerMinute: 30,
  staffCodeTtlHours: 24,
  messagesPerMinute: 20,
  sentRetentionDays: 7,
};

/** The defaults with what the configuration sets. */
export const limitsWith = (overrides: Partial<SecurityLimits> = {}): SecurityLimits => ({ ...DEFAULT_LIMITS, ...overrides });
