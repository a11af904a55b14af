import * as OpenCC from 'opencc-js/t2cn';

/** OpenCC's traditional (Taiwan) → simplified (mainland) converter, built once: its dictionaries take ~10 ms to build. */
export const traditionalToSimplified: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });
