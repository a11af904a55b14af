/** The console's start page: who is signed in and what they may open. */
import { WEB_ROLE_LABEL } from '../auth.ts';
import type { WebPage } from './index.ts';

export const homePage: WebPage = {
  path: '/',
  label: '首页',
  roles: ['admin', 'county', 'operator', 'mentor'],
  register(web) {
    web.get('/', (c) => {
      const user = c.get('user');
      const scope = user.county ?? (user.stationId !== null ? `联络站 #${user.stationId}` : null);
      return c.render(
        <section class="card">
          <p>
            {user.name},您好。您的身份是<strong>{WEB_ROLE_LABEL[user.role]}</strong>
            {scope && `(${scope})`}。
          </p>
          <p class="muted">请从上方菜单进入各项工作。离开时请点右上角"退出"。</p>
        </section>,
        { title: '首页' },
      );
    });
  },
};
