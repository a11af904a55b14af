// Just what bench/compare-nlpjs.ts uses of NLP.js (it ships no types). A devDependency: never imported by src/.
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown): void;
    get(name: 'nlp'): import('@nlpjs/nlp').NlpInstance;
  }
  export function containerBootstrap(): Promise<Container>;
}
declare module '@nlpjs/nlp' {
  export interface NlpInstance {
    settings: { autoSave: boolean; log: boolean; [key: string]: unknown };
    nluManager: { settings: { log?: boolean } };
    addLanguage(locale: string): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<{ intent: string; score: number }>;
  }
  export const Nlp: unknown;
}
declare module '@nlpjs/lang-zh' {
  export const LangZh: unknown;
}
