/**
 * Questions the bot could not answer or that were rated unhelpful (the `feedback` table, as `admin -- misses` lists
 * them), grouped by similarity with counts, so that whoever keeps knowledge/ right sees what to add first; with the
 * nearest knowledge entry and a chart of questions per day. Admins only.
 */
import type { Context } from 'hono';
import { maskPersonal } from '../../core/logger.ts';
import type { Miss } from '../../handoff/tickets.ts';
import type { Analyzer } from '../../text/analyzer.ts';
import { BarChart } from '../charts.tsx';
import type { WebDeps, WebEnv, WebRole } from '../env.ts';
import { perDay } from '../plan-data.ts';
import { renderPage } from '../layout.tsx';
import type { WebPage } from './index.ts';

const ROLES: readonly WebRole[] = ['admin'];
const DAY_MS = 86_400_000;

/** One group of similar questions, most asked first. */
export interface QuestionGroup {
  /** The question that stands for the group (the most frequent wording, then the shortest). */
  lead: string;
  count: number;
  unanswered: number;
  unhelpful: number;
  /** Up to two other wordings, masked. */
  examples: string[];
  /** Entries the bot answered from when people rated it unhelpful. */
  sources: string[];
  latest: number;
}

const bigrams = (text: string): Set<string> => {
  // Digits and masked numbers (a phone left in the question) say nothing about what was asked.
  const chars = [...text.replace(/[\s\p{P}\p{S}\d*]/gu, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  if (chars.length === 1) out.add(chars[0]!);
  return out;
};
const dice = (a: Set<string>, b: Set<string>): number => {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
};

/** Two questions are alike when their character pairs or their content words overlap by Dice ≥ 0.5. */
export const SIMILAR = 0.5;

/**
 * Groups questions by similarity (single link: a question joins every group it is alike to, merging them), reading
 * each through the app's analyser (normalised text for character pairs, topic tokens for words). Deterministic: the
 * result depends only on the questions, not their order.
 */
export function groupQuestions(misses: readonly Miss[], analyzer: Pick<Analyzer, 'analyze'>): QuestionGroup[] {
  const sorted = [...misses].sort((a, b) => a.question.localeCompare(b.question, 'zh') || a.at - b.at);
  const distinct = [...new Set(sorted.map((m) => m.question))];
  const features = distinct.map((q) => {
    const a = analyzer.analyze(q);
    return { pairs: bigrams(a.text || q), words: new Set(a.tokens) };
  });
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    return root;
  };
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      const fi = features[i]!;
      const fj = features[j]!;
      if (dice(fi.pairs, fj.pairs) >= SIMILAR || dice(fi.words, fj.words) >= SIMILAR) {
        const [a, b] = [find(i), find(j)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const index = new Map(distinct.map((q, i) => [q, i]));
  const groups = new Map<number, Miss[]>();
  for (const m of sorted) {
    const root = find(index.get(m.question)!);
    groups.set(root, [...(groups.get(root) ?? []), m]);
  }
  return [...groups.values()]
    .map((ms) => {
      const wordings = new Map<string, number>();
      for (const m of ms) wordings.set(m.question, (wordings.get(m.question) ?? 0) + 1);
      const ranked = [...wordings].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0], 'zh'));
      return {
        lead: maskPersonal(ranked[0]![0]),
        count: ms.length,
        unanswered: ms.filter((m) => m.kind === 'unanswered').length,
        unhelpful: ms.filter((m) => m.kind === 'unhelpful').length,
        examples: ranked.slice(1, 3).map(([q]) => maskPersonal(q)),
        sources: [...new Set(ms.flatMap((m) => m.sources))].sort(),
        latest: Math.max(...ms.map((m) => m.at)),
      };
    })
    .sort((a, b) => b.count - a.count || b.latest - a.latest || a.lead.localeCompare(b.lead, 'zh'));
}

/** The period asked for (?days=N, 1..365; 30 by default). */
export function periodDays(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 365 ? n : 30;
}

const forbidden = (c: Context<WebEnv>) => c.text('无权访问此页面', 403);
const fmtDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

export const questionsPage: WebPage = {
  path: '/questions',
  label: '问题',
  roles: ROLES,
  register(web, deps: WebDeps) {
    web.get('/questions', (c) => {
      if (!ROLES.includes(c.get('user').role)) return forbidden(c);
      const days = periodDays(c.req.query('days'));
      const now = deps.now().getTime();
      const misses = deps.app.tickets.misses(now - days * DAY_MS);
      const groups = groupQuestions(misses, deps.app.analyzer);
      const nearest = (text: string) => {
        const [hit] = deps.app.retriever.search(deps.app.analyzer.analyze(text), 1);
        return hit ? { id: hit.entry.id, title: hit.entry.title, coverage: hit.coverage } : undefined;
      };
      const perDayPoints = perDay(
        misses.map((m) => m.at),
        now,
        Math.min(days, 60),
      ).map((p) => ({ label: p.label, value: p.count }));
      return renderPage(
        c,
        '问题',
        <section>
          <h1>没答上和没帮助的问题</h1>
          <form method="get" action="/questions" class="filters">
            <label>
              时间范围
              <select name="days">
                {[7, 30, 90, 365].map((d) => (
                  <option value={String(d)} selected={d === days}>
                    最近{d}天
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">查看</button>
          </form>
          <div class="cards">
            <div class="card">
              <strong>{misses.length}</strong> 条问题
            </div>
            <div class="card">
              <strong>{groups.length}</strong> 组
            </div>
            <div class="card">
              没答上 <strong>{misses.filter((m) => m.kind === 'unanswered').length}</strong> · 没帮助{' '}
              <strong>{misses.filter((m) => m.kind === 'unhelpful').length}</strong>
            </div>
          </div>
          <BarChart title={`每天的问题数(最近${Math.min(days, 60)}天)`} points={perDayPoints} />
          {groups.length === 0 ? (
            <p class="muted">这段时间没有没答上或没帮助的问题。</p>
          ) : (
            <ol class="groups">
              {groups.map((g) => {
                const hit = nearest(g.lead);
                return (
                  <li class="card">
                    <p>
                      <span class="badge">{g.count} 次</span> <strong>{g.lead}</strong>
                    </p>
                    {g.examples.length > 0 && <p class="muted">类似问法:{g.examples.join(' / ')}</p>}
                    <p class="muted">
                      没答上 {g.unanswered} · 没帮助 {g.unhelpful} · 最近 {fmtDay(g.latest)}
                      {g.sources.length > 0 && ` · 当时答复来源 ${g.sources.join('、')}`}
                    </p>
                    <p>
                      {hit ? (
                        <>
                          最接近的知识条目:
                          <a href={`/questions/entry/${encodeURIComponent(hit.id)}`}>
                            <code>{hit.id}</code> {hit.title}
                          </a>{' '}
                          <span class="muted">(覆盖 {Math.round(hit.coverage * 100)}%)</span>
                        </>
                      ) : (
                        <span class="badge">知识库中没有相近条目</span>
                      )}
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
        </section>,
      );
    });

    // What the matching entry already says, so the editor sees whether to add a fact, a question or a new entry.
    web.get('/questions/entry/:id', (c) => {
      if (!ROLES.includes(c.get('user').role)) return forbidden(c);
      const entry = deps.app.retriever.get(c.req.param('id'));
      if (!entry) return c.text('没有这个知识条目', 404);
      return renderPage(
        c,
        entry.title,
        <section>
          <p>
            <a href="/questions">← 返回问题列表</a>
          </p>
          <h1>
            <code>{entry.id}</code> {entry.title}
          </h1>
          <p>{entry.summary}</p>
          <h2>事实</h2>
          <ul>
            {entry.facts.map((f) => (
              <li>{f}</li>
            ))}
          </ul>
          <h2>已收录的问法</h2>
          <ul>
            {entry.questions.map((q) => (
              <li>{q}</li>
            ))}
          </ul>
          <p class="muted">修改请编辑 knowledge/ 下对应的 YAML 文件,然后运行 npm run kb:check。</p>
        </section>,
      );
    });
  },
};
