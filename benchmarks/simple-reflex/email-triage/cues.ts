// Email building blocks: the cue sentences per category, their negations, and distractors.
export const CATEGORIES = ['security', 'legal', 'billing', 'technical_support', 'sales'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CUES: Record<Category, readonly string[]> = {
  security: [
    'Someone logged into our admin account from an unknown IP last night and changed the recovery email.',
    'One of our engineers pasted an API key for your platform into a public repository; it needs to be revoked.',
    'Several of our staff received emails pretending to be from your team and asking for their passwords.',
  ],
  legal: [
    'Our counsel has asked me to inform you that we intend to file a claim over the breach of our service agreement.',
    'Please treat this as a formal request under GDPR Article 17 to erase all personal data you hold about me.',
    'We have been served a subpoena that requires records of our account activity, and need your cooperation.',
  ],
  billing: [
    'Invoice INV-4821 was charged to our card twice this month.',
    'We need a refund for the annual plan that we cancelled in March.',
    'Our card on file has expired; how do we update the payment method before the renewal?',
  ],
  technical_support: [
    'The export button returns error 500 since your last update.',
    'Sync between the mobile app and the web dashboard stopped working on Monday.',
    'The SSO setup page keeps timing out when we connect our identity provider.',
  ],
  sales: [
    'We are evaluating your product for about 200 seats and would like a quote.',
    'Could we book a demo of the enterprise tier next week?',
    'We would like to add the analytics add-on for our team; what would it cost?',
  ],
};

/** Explicit denials: they mention a category's topic without raising it. */
export const DENIALS: Record<Category, string> = {
  security: 'To be clear, nothing has been compromised and there is no security issue here.',
  legal: 'We are not considering any legal action, this is just a practical question.',
  billing: 'This is not about the invoice or any charge, those are all fine.',
  technical_support: 'Everything works fine on the technical side.',
  sales: 'We are not looking to buy anything new.',
};

export const SIGNATURES: readonly string[] = [
  '--\nDana Whitfield | Finance & Legal Operations\nConfidential: if you suspect phishing, report it to security@northwind.example.',
  '--\nMarco Ruiz, IT Support Lead\nSent from my phone. Invoices: billing@contoso.example',
  '--\nPriya Natarajan | Procurement (quotes, renewals, contracts)\nThis message may contain privileged legal information.',
  '--\nTom Becker\nHead of Customer Success - ask me about our upgrade offers!',
];

export const OPENERS: readonly string[] = ['Hello,', 'Hi team,', 'Good morning,', 'Dear support,', 'Hi there,'];
export const CLOSERS: readonly string[] = ['Thanks.', 'Best regards.', 'Thank you in advance.', 'Cheers.'];
export const SUBJECTS: readonly string[] = ['Account 4471', 'Question', 'Follow-up', 'Our workspace', 'Request'];
export const SENDERS: readonly string[] = ['dana@northwind.example', 'marco@contoso.example', 'priya@fabrikam.example', 'tom@tailspin.example'];
