/** The audit log of console changes (sign-ins, sign-outs, what pages record): for admins only. */
import { WEB_ROLE_LABEL } from '../auth.ts';
import type { WebRole } from '../env.ts';
import type { WebPage } from './index.ts';

interface AuditRow {
  at: number;
  person: string;
  role: WebRole;
  action: string;
  detail: string;
}

/** Beijing time, minutes. */
const when = (at: number) => new Date(at + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export const auditPage: WebPage = {
  path: '/audit',
  label: '操作记录',
  roles: ['admin'],
  register(web, deps) {
    const latest = deps.app.db.prepare<[], AuditRow>('SELECT at, person, role, action, detail FROM web_audit ORDER BY id DESC LIMIT 200');
    web.get('/audit', (c) =>
      c.render(
        <section class="card">
          <p class="muted">最近 200 条网页工作台操作(北京时间)。</p>
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th>时间</th>
                  <th>账号</th>
                  <th>身份</th>
                  <th>操作</th>
                  <th>详情</th>
                </tr>
              </thead>
              <tbody>
                {latest.all().map((row) => (
                  <tr>
                    <td>{when(row.at)}</td>
                    <td>{row.person}</td>
                    <td>{WEB_ROLE_LABEL[row.role] ?? row.role}</td>
                    <td>{row.action}</td>
                    <td>
                      <code>{row.detail}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>,
        { title: '操作记录' },
      ),
    );
  },
};
