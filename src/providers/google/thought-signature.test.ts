import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idWithSignature, requiresSignatures, splitSignature } from './thought-signature';

describe('thought signatures in tool-call ids', () => {
  it('round-trips any base64 signature through an id of [A-Za-z0-9_-] only', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^call_[A-Za-z0-9]{0,12}$/), fc.uint8Array({ minLength: 1, maxLength: 300 }), (id, bytes) => {
        const signature = Buffer.from(bytes).toString('base64');
        const carried = idWithSignature(id, signature);
        expect(carried).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(splitSignature(carried)).toEqual({ id, signature });
      }),
    );
  });

  it('leaves ids without a signature alone', () => {
    expect(idWithSignature('call_0_a', undefined)).toBe('call_0_a');
    expect(splitSignature('call_0_a')).toEqual({ id: 'call_0_a' });
  });

  it('knows which models enforce signatures', () => {
    expect(requiresSignatures('gemini-3.6-flash')).toBe(true);
    expect(requiresSignatures('models/gemini-3.1-pro-preview')).toBe(true);
    expect(requiresSignatures('gemini-2.5-flash')).toBe(false);
    expect(requiresSignatures('gemini-test')).toBe(false);
  });
});
