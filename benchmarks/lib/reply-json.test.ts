import { describe, expect, it } from 'vitest';
import { field, jsonObjectFromText, replyObject, replyText, toNumber } from './reply-json';

describe('jsonObjectFromText', () => {
  it('accepts bare JSON, fenced JSON and JSON inside prose', () => {
    expect(jsonObjectFromText('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(jsonObjectFromText('```json\n{"a": 1}\n```')).toEqual({ ok: true, value: { a: 1 } });
    expect(jsonObjectFromText('Sure! Here it is: {"a": {"b": "}"}} Hope that helps.')).toEqual({ ok: true, value: { a: { b: '}' } } });
  });

  it('rejects empty, missing and ambiguous answers', () => {
    expect(jsonObjectFromText('').ok).toBe(false);
    expect(jsonObjectFromText('no json here').ok).toBe(false);
    expect(jsonObjectFromText('{"a": 1} or maybe {"a": 2}').ok).toBe(false);
    expect(jsonObjectFromText('{"a": 1} again: {"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(jsonObjectFromText('[1, 2]').ok).toBe(false);
    expect(jsonObjectFromText('{"a": "st').ok).toBe(false);
  });
});

describe('replyObject', () => {
  it('prefers the named tool call, then falls back to content', () => {
    const message = {
      role: 'assistant' as const,
      content: '{"x": 2}',
      tool_calls: [
        { id: '1', type: 'function' as const, function: { name: 'other', arguments: '{"x": 0}' } },
        { id: '2', type: 'function' as const, function: { name: 'act', arguments: '{"x": 1}' } },
      ],
    };
    expect(replyObject(message, 'act')).toEqual({ ok: true, value: { x: 1 } });
    expect(replyObject(message, 'missing')).toEqual({ ok: true, value: { x: 2 } });
    expect(replyObject(null).ok).toBe(false);
  });

  it('reads text parts and ignores malformed content', () => {
    expect(replyText({ role: 'assistant', content: [{ type: 'text', text: '{"a"' }, { type: 'text', text: ': 1}' }] })).toBe('{"a": 1}');
    expect(replyText({ role: 'assistant', content: null })).toBe('');
  });
});

describe('field and toNumber', () => {
  it('matches keys regardless of case and separators', () => {
    expect(field({ ReleaseTimeS: 3 }, 'release_time_s')).toBe(3);
    expect(field({ a: 1 }, 'b')).toBeUndefined();
  });

  it('parses numbers and numeric strings with units only', () => {
    expect(toNumber(4.5)).toBe(4.5);
    expect(toNumber('12.5 s')).toBe(12.5);
    expect(toNumber('40%')).toBe(40);
    expect(toNumber('1e9; DROP TABLE orders')).toBeNull();
    expect(toNumber(Number.NaN)).toBeNull();
    expect(toNumber('about 3')).toBeNull();
  });
});
