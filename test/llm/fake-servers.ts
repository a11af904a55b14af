/**
 * A fake language-model endpoint on 127.0.0.1, enough for the real ChatOpenAI and ChatOllama classes: OpenAI's
 * POST /v1/chat/completions (a JSON completion, or server-sent events when the request streams) and Ollama's
 * POST /api/chat (NDJSON, as ChatOllama always streams). It answers from a script, one reply per request in order,
 * and records every request body so tests can check what left the bot. An unscripted request gets a 500.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer: the model's text, an HTTP error, or a body that is not what the API promises. */
export type Scripted =
  | { content: string; delayMs?: number }
  | { status: number; headers?: Record<string, string>; message?: string; delayMs?: number }
  | { garbage: string; delayMs?: number };

/** The part of a chat request body a responder reads: the messages, in both APIs' shape. */
export interface ChatBody {
  messages: Array<{ role: string; content: string }>;
}

export interface RecordedRequest {
  path: string;
  /** The body as sent, to search for anything that must not leave the bot. */
  raw: string;
  headers: IncomingMessage['headers'];
}

export interface FakeLlmServer {
  /** http://127.0.0.1:PORT (add /v1 for OpenAI-compatible clients). */
  url: string;
  requests: RecordedRequest[];
  /** Appends replies to the script. */
  script(...replies: Scripted[]): void;
  /** Answers every request the script does not, from its body (a model that reads what it is sent). */
  respond(answer: (body: ChatBody) => Scripted): void;
  close(): Promise<void>;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

function answerOpenAi(res: ServerResponse, content: string, stream: boolean): void {
  const base = { id: 'chatcmpl-fake', created: 1_700_000_000, model: 'fake-model' };
  if (!stream) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        ...base,
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      }),
    );
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const chunk = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  res.end(`${chunk({ role: 'assistant', content }, null)}${chunk({}, 'stop')}data: [DONE]\n\n`);
}

function answerOllama(res: ServerResponse, content: string): void {
  res.writeHead(200, { 'content-type': 'application/x-ndjson' });
  const line = (message: string, done: boolean) =>
    `${JSON.stringify({
      model: 'fake-model',
      created_at: new Date(0).toISOString(),
      message: { role: 'assistant', content: message },
      done,
      ...(done ? { done_reason: 'stop', prompt_eval_count: 10, eval_count: 10 } : {}),
    })}\n`;
  res.end(line(content, false) + line('', true));
}

/** Starts the fake on a free port of 127.0.0.1. */
export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  const queue: Scripted[] = [];
  let responder: ((body: ChatBody) => Scripted) | undefined;
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = req.url ?? '';
    requests.push({ path, raw, headers: req.headers });
    const reply = queue.shift() ?? (responder ? responder(JSON.parse(raw) as ChatBody) : { status: 500 });
    const send = () => {
      if (res.destroyed) return;
      if ('status' in reply) {
        res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        res.end(JSON.stringify({ error: { message: reply.message ?? `scripted ${reply.status}`, type: 'fake' } }));
      } else if ('garbage' in reply) {
        res.writeHead(200, { 'content-type': path.startsWith('/api/') ? 'application/x-ndjson' : 'application/json' });
        res.end(reply.garbage);
      } else if (path.startsWith('/v1/chat/completions')) {
        answerOpenAi(res, reply.content, (JSON.parse(raw) as { stream?: boolean }).stream === true);
      } else if (path.startsWith('/api/chat')) {
        answerOllama(res, reply.content);
      } else {
        res.writeHead(404).end();
      }
    };
    if (!reply.delayMs) return send();
    const timer = setTimeout(() => {
      timers.delete(timer);
      send();
    }, reply.delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...replies) => void queue.push(...replies),
    respond: (answer) => {
      responder = answer;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
