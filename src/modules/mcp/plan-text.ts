/**
 * A protection plan as text a model can relay as it is: the summary, who to contact first with
 * their confirmed numbers and addresses, what to check before relying on an option, and the
 * safety notes. Written in the plan's locale; pure, so it is tested without a server.
 */
import { resolveLocale, type ChannelView, type PlanRoute, type ProtectionOption, type ProtectionPlan, type TextLocale } from '../finder/core';
import { CHANNEL_KIND_TERMS } from '../taxonomy/labels';

const HEADINGS: Record<TextLocale, { checks: string; safety: string }> = {
  en: { checks: 'Check before relying on these options', safety: 'Safety notes' },
  fr: { checks: 'À vérifier avant de compter sur ces options', safety: 'Conseils de sécurité' },
  es: { checks: 'Verificar antes de contar con estas opciones', safety: 'Consejos de seguridad' },
  ar: { checks: 'يُرجى التحقق قبل الاعتماد على هذه الخيارات', safety: 'نصائح السلامة' },
  ru: { checks: 'Проверьте, прежде чем полагаться на эти варианты', safety: 'Советы по безопасности' },
  zh: { checks: '依赖这些选项之前请先核实', safety: '安全提示' },
  pt: { checks: 'Verifique antes de contar com estas opções', safety: 'Dicas de segurança' },
};

/** French puts a space before a colon; Chinese uses the full-width one. */
const COLON: Record<TextLocale, string> = { en: ':', fr: ' :', es: ':', ar: ':', ru: ':', zh: '：', pt: ':' };

function channelLine(c: ChannelView, locale: TextLocale): string[] {
  const details = [c.hours ?? (c.available247 ? '24/7' : null), c.languages.length ? c.languages.join(', ') : null].filter(Boolean);
  const line = `   - ${CHANNEL_KIND_TERMS[c.kind].label[locale]}${COLON[locale]} ${c.value}${details.length ? ` (${details.join('; ')})` : ''}`;
  return c.safetyNote ? [line, `     ${c.safetyNote}`] : [line];
}

/**
 * An option to contact: its caveats first (safety warnings come before the details), then its
 * confirmed channels, else its website, then what else the same contact reaches.
 */
function contactBlock(o: ProtectionOption, index: number, locale: TextLocale, route: PlanRoute | undefined): string[] {
  const confirmed = o.channels.filter((c) => c.confirmed && c.value !== null);
  const website = confirmed.length === 0 && o.website ? [`   - ${CHANNEL_KIND_TERMS.WEBSITE.label[locale]}${COLON[locale]} ${o.website}`] : [];
  return [
    `${index + 1}. ${o.name} (${o.resource.parentName})`,
    ...o.caveats.map((c) => `   ${c}`),
    ...confirmed.flatMap((c) => channelLine(c, locale)),
    ...website,
    ...(route?.summary ? [`   ${route.summary}`] : []),
  ];
}

export function renderPlanText(plan: ProtectionPlan): string {
  const locale = resolveLocale(plan.locale);
  // The options to act on now; when none acts within hours, the first phase that has options.
  const first = plan.phases.find((p) => p.phase === 'ACT_NOW' && p.options.length > 0) ?? plan.phases.find((p) => p.options.length > 0);
  const shown = new Set(first?.options.map((o) => o.id));
  const checks = plan.options.filter((o) => o.eligibility === 'NEEDS_CHECK' && !shown.has(o.id));
  const sections = [
    [plan.summary],
    first ? [`${first.title}${COLON[locale]}`, ...first.options.flatMap((o, i) => contactBlock(o, i, locale, plan.routes[o.route - 1]))] : [],
    checks.length
      ? [`${HEADINGS[locale].checks}${COLON[locale]}`, ...checks.map((o) => `- ${o.name} (${o.resource.parentName})${COLON[locale]} ${o.caveats.join(' ')}`)]
      : [],
    [`${HEADINGS[locale].safety}${COLON[locale]}`, ...plan.safetyNotes.map((n) => `- ${n}`)],
  ];
  return sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n');
}
