/** The demo share that local development serves at /b/demo (DEMO_SHARE=on in .dev.vars). */
import type { Briefing } from "./briefing-schema";

export const DEMO_SHARE_ID = "demo";

export const demoBriefing: Briefing = {
  title: "AI model pulled after safety review",
  summary:
    "A leading AI lab withdrew its newest model two days after launch, saying an internal review found it could be steered into giving harmful advice. Regulators in the EU and UK asked for details.",
  summaryCitations: [
    { label: "thenextweb.com", url: "https://thenextweb.com/" },
    { label: "reuters.com", url: "https://www.reuters.com/" },
  ],
  sections: [
    {
      heading: "What happened",
      paragraphs: [
        {
          text: "The model was available to paying subscribers for 48 hours before the lab switched it off and restored the previous version for everyone.",
          citations: [{ label: "anthropic.com", url: "https://www.anthropic.com/" }],
        },
        {
          text: "The lab said no customer data was exposed and that the withdrawal was a precaution while it retrains the model with stricter safeguards.",
        },
      ],
    },
    {
      heading: "Why it matters",
      paragraphs: [
        {
          text: "It is the first time a frontier model has been pulled after release, and it tests the voluntary safety commitments labs signed last year.",
          citations: [
            { label: "ft.com", url: "https://www.ft.com/" },
            { label: "theverge.com", url: "https://www.theverge.com/" },
          ],
        },
      ],
    },
    {
      heading: "What's next",
      paragraphs: [{ text: "The lab expects to relaunch within a month, after an outside audit." }],
    },
  ],
  topic: "AI",
  publishedAt: "2026-04-07T08:00:00Z",
  lang: "en",
};
