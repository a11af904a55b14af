/** Koa/grammY-style middleware: `(ctx, next)`; each may act before and after the rest of the chain. */
export type Middleware<C> = (ctx: C, next: () => Promise<void>) => Promise<void> | void;

/** Composes middleware into one; calling `next()` twice is a bug and throws, as in grammY. */
export function compose<C>(middleware: Middleware<C>[]): (ctx: C) => Promise<void> {
  return async (ctx) => {
    const run = async (i: number): Promise<void> => {
      const mw = middleware[i];
      if (!mw) return;
      let called = false;
      await mw(ctx, async () => {
        if (called) throw new Error(`middleware #${i} called next() twice; call it at most once`);
        called = true;
        await run(i + 1);
      });
    };
    await run(0);
  };
}
