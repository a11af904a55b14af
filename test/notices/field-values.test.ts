import { describe, expect, it } from 'vitest';
import { valuesField, valuesOf } from '../../src/notices/field-values.ts';

describe('several places or kinds in one column', () => {
  it('keeps them in the order chosen and reads them back', () => {
    const field = valuesField(['上海', '苏州']);
    expect(field).toBe('上海、苏州');
    expect(valuesOf(field)).toEqual(['上海', '苏州']);
    expect(valuesOf(valuesField(['节日', '创业培训']))).toEqual(['节日', '创业培训']);
  });

  it('has no column for none, which means all', () => {
    expect(valuesField([])).toBeUndefined();
    expect(valuesOf(undefined)).toEqual([]);
    expect(valuesOf(null)).toEqual([]);
    expect(valuesOf('')).toEqual([]);
  });

  it('ignores empty pieces a hand-edited column may hold', () => {
    expect(valuesOf('洪湖、、监利、')).toEqual(['洪湖', '监利']);
  });
});
