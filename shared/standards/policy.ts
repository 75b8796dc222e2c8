/** Which quotes must have evidence attached before publishing (a Settings choice): none, those from anonymous or background sources, or all. */
export const evidenceRequirements = ['none', 'anonymous', 'all'] as const;
export type EvidenceRequirement = (typeof evidenceRequirements)[number];
