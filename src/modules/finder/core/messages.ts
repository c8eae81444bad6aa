/**
 * The finder's own sentences in the locales it writes (en, fr, es, ar, ru, zh, pt).
 *
 * Conventions: Arabic uses Arabic punctuation (، ؛ ؟), Western digits, gender-neutral phrasing
 * (يُرجى + verbal noun rather than a masculine or feminine imperative) and wraps every embedded
 * value that may be in Latin script (a name, a date, a phone number, an address) in directional
 * isolates; Chinese is Simplified with full-width punctuation; Russian uses « » and gender-free
 * present-tense or impersonal phrasing; Portuguese is Brazilian.
 */
import { arCount, isolate, ruPlural, type PerLocale } from './locale-text';

type L<T> = PerLocale<T>;

/** "de" before a label with its article: "du Conseil", "del Consejo", never "de le", "de el". */
function deFr(label: string): string {
  return label.startsWith('le ') ? `du ${label.slice(3)}` : label.startsWith('les ') ? `des ${label.slice(4)}` : `de ${label}`;
}
function deEs(label: string): string {
  return label.startsWith('el ') ? `del ${label.slice(3)}` : `de ${label}`;
}

/** One message per locale, with the same arguments. */
function m<A extends unknown[]>(x: L<(...a: A) => string>): L<(...a: A) => string> {
  return x;
}

/**
 * Every sentence the finder writes. Arguments are already localized strings. In Arabic, an
 * argument that may be in Latin script (a country or record name, a date, a contact value,
 * language codes) is wrapped with isolate(); lists come from joinList, which isolates their
 * Latin-script items; labels from the tables above are Arabic already.
 */
export const MSG = {
  // exclusions
  notActive: m<[string]>({
    en: (s) => `It is not taking requests at the moment (status: ${s}).`,
    fr: (s) => `Il n’accepte pas de demandes pour le moment (statut : ${s}).`,
    es: (s) => `No acepta solicitudes por ahora (estado: ${s}).`,
    ar: (s) => `لا يستقبل طلبات في الوقت الحالي (الحالة: ${s}).`,
    ru: (s) => `Сейчас не принимает обращений (статус: ${s}).`,
    zh: (s) => `目前不接受申请（状态：${s}）。`,
    pt: (s) => `No momento, não está aceitando pedidos (status: ${s}).`,
  }),
  riskNotAddressed: m<[]>({
    en: () => 'It does not address any of the risks described.',
    fr: () => 'Il ne répond à aucun des risques décrits.',
    es: () => 'No responde a ninguno de los riesgos descritos.',
    ar: () => 'لا يعالج أيًّا من المخاطر الموصوفة.',
    ru: () => 'Не работает ни с одним из описанных рисков.',
    zh: () => '不应对所述的任何风险。',
    pt: () => 'Não responde a nenhum dos riscos descritos.',
  }),
  outsideCoverage: m<[string]>({
    en: (c) => `It does not work in ${c}.`,
    fr: (c) => `Il n’intervient pas dans ce pays : ${c}.`,
    es: (c) => `No trabaja en este país: ${c}.`,
    ar: (c) => `لا يعمل في ${isolate(c)}.`,
    ru: (c) => `Не работает в этой стране: ${c}.`,
    zh: (c) => `不在${c}开展工作。`,
    pt: (c) => `Não atua neste país: ${c}.`,
  }),
  countryExcluded: m<[string]>({
    en: (c) => `It explicitly excludes ${c}.`,
    fr: (c) => `Il exclut explicitement ce pays : ${c}.`,
    es: (c) => `Excluye explícitamente este país: ${c}.`,
    ar: (c) => `يستثني ${isolate(c)} صراحةً.`,
    ru: (c) => `Прямо исключает эту страну: ${c}.`,
    zh: (c) => `明确将${c}排除在外。`,
    pt: (c) => `Exclui expressamente este país: ${c}.`,
  }),
  notMemberOf: m<[string, string]>({
    en: (c, s) => `${c} is not a member of ${s}, which this route requires.`,
    fr: (c, s) => `${c} n’est pas membre ${deFr(s)}, ce que cette voie exige.`,
    es: (c, s) => `${c} no es miembro ${deEs(s)}, algo que esta vía exige.`,
    ar: (c, s) => `هذا البلد (${isolate(c)}) ليس عضوًا في ${s}، وهذا المسار يشترط ذلك.`,
    ru: (c, s) => `${c} не является членом ${s}, а этот путь этого требует.`,
    zh: (c, s) => `${c}不是${s}的成员，而这一途径要求具备成员身份。`,
    pt: (c, s) => `${c} não é membro ${s}, o que esta via exige.`,
  }),
  memberOfExcluded: m<[string, string]>({
    en: (c, s) => `It applies only outside ${s}, and ${c} is a member.`,
    fr: (c, s) => `Il s’applique seulement hors ${deFr(s)}, dont ${c} est membre.`,
    es: (c, s) => `Solo se aplica fuera ${deEs(s)}, y ${c} es miembro.`,
    ar: (c, s) => `لا ينطبق إلا خارج ${s}، وهذا البلد (${isolate(c)}) عضو.`,
    ru: (c, s) => `Применяется только за пределами ${s}, а ${c} — государство-член.`,
    zh: (c, s) => `仅适用于${s}以外的国家，而${c}是其成员国。`,
    pt: (c, s) => `Aplica-se somente fora ${s}, e ${c} é membro.`,
  }),
  procedureNotAccepted: m<[string, string, string | null]>({
    en: (c, p, d) =>
      `${c} had not accepted ${p} according to treaty data${d ? ` as of ${d}` : ''}; if it has accepted it since, this route opens (check the UN Treaty Collection).`,
    fr: (c, p, d) =>
      `${c} n’avait pas accepté ${p} selon les données des traités${d ? ` au ${d}` : ''} ; si ce pays l’a accepté depuis, cette voie s’ouvre (vérifier dans la Collection des traités de l’ONU).`,
    es: (c, p, d) =>
      `${c} no había aceptado ${p} según los datos de tratados${d ? ` al ${d}` : ''}; si lo aceptó después, esta vía se abre (verificar en la Colección de Tratados de la ONU).`,
    ar: (c, p, d) =>
      `وفقًا لبيانات المعاهدات${d ? ` حتى تاريخ ${isolate(d)}` : ''}، لم يكن هذا البلد (${isolate(c)}) قد قبل ${p}؛ وإذا كان قد قبل ذلك منذئذٍ، يُفتح هذا المسار (يُرجى التحقق في مجموعة معاهدات الأمم المتحدة).`,
    ru: (c, p, d) =>
      `По данным о договорах${d ? ` на ${d}` : ''}, эта страна (${c}) не приняла ${p}; если она сделала это позднее, этот путь открыт (проверьте в Сборнике договоров ООН).`,
    zh: (c, p, d) => `根据${d ? `截至${d}的` : ''}条约数据，${c}尚未接受${p}；如果此后已经接受，这一途径即可使用（请在联合国条约集中核实）。`,
    pt: (c, p, d) =>
      `Segundo os dados de tratados${d ? ` até ${d}` : ''}, ${c} não havia aceitado ${p}; se aceitou depois, esta via se abre (verifique na Coleção de Tratados da ONU).`,
  }),
  instrumentNotAccepted: m<[string, string, string]>({
    en: (c, p, d) => `${c} is not a party to ${p} according to our sources as of ${d}; if that has changed, this route opens.`,
    fr: (c, p, d) => `Selon nos sources au ${d}, ce pays (${c}) n’a pas accepté ${p} ; si cela a changé, cette voie s’ouvre.`,
    es: (c, p, d) => `Según nuestras fuentes al ${d}, este país (${c}) no ha aceptado ${p}; si eso cambió, esta vía se abre.`,
    ar: (c, p, d) => `وفقًا لمصادرنا حتى تاريخ ${isolate(d)}، لم يقبل هذا البلد (${isolate(c)}) ${p}؛ وإذا تغيّر ذلك، يُفتح هذا المسار.`,
    ru: (c, p, d) => `По нашим источникам на ${d}, эта страна (${c}) не приняла ${p}; если это изменилось, этот путь открыт.`,
    zh: (c, p, d) => `根据我们截至${d}的资料，${c}尚未接受${p}；如果情况已有变化，这一途径即可使用。`,
    pt: (c, p, d) => `Segundo nossas fontes até ${d}, ${c} não aceitou ${p}; se isso mudou, esta via se abre.`,
  }),
  notUnMember: m<[string]>({
    en: (c) => `${c} is not a UN member state.`,
    fr: (c) => `${c} n’est pas un État membre de l’ONU.`,
    es: (c) => `${c} no es un Estado miembro de la ONU.`,
    ar: (c) => `هذا البلد (${isolate(c)}) ليس دولة عضوًا في الأمم المتحدة.`,
    ru: (c) => `${c} не является государством — членом ООН.`,
    zh: (c) => `${c}不是联合国会员国。`,
    pt: (c) => `${c} não é Estado-membro da ONU.`,
  }),
  profileRequired: m<[string]>({
    en: (p) => `It is open only to ${p}.`,
    fr: (p) => `Il est réservé à : ${p}.`,
    es: (p) => `Está reservado a: ${p}.`,
    ar: (p) => `مخصص فقط للفئات التالية: ${p}.`,
    ru: (p) => `Только для следующих категорий: ${p}.`,
    zh: (p) => `仅面向${p}。`,
    pt: (p) => `Está reservado a: ${p}.`,
  }),
  unCooperationRequired: m<[]>({
    en: () => 'It is only for reprisals against people who cooperated with the UN.',
    fr: () => 'Il concerne seulement les représailles contre des personnes ayant coopéré avec l’ONU.',
    es: () => 'Solo se refiere a represalias contra personas que cooperaron con la ONU.',
    ar: () => 'مخصص فقط للأعمال الانتقامية ضد أشخاص تعاونوا مع الأمم المتحدة.',
    ru: () => 'Только для случаев репрессий против людей, сотрудничавших с ООН.',
    zh: () => '仅适用于针对曾与联合国合作者的报复行为。',
    pt: () => 'Destina-se apenas a represálias contra pessoas que cooperaram com a ONU.',
  }),
  inCountryRequired: m<[]>({
    en: () => 'It is only for people who are still in the country.',
    fr: () => 'Il est réservé aux personnes qui se trouvent encore dans le pays.',
    es: () => 'Solo es para personas que siguen en el país.',
    ar: () => 'مخصص فقط للأشخاص الذين ما زالوا داخل البلد.',
    ru: () => 'Только для тех, кто всё ещё находится в стране.',
    zh: () => '仅面向仍在该国境内的人。',
    pt: () => 'É apenas para pessoas que ainda estão no país.',
  }),
  outsideCountryRequired: m<[]>({
    en: () => 'It is only for people who have left the country.',
    fr: () => 'Il est réservé aux personnes qui ont quitté le pays.',
    es: () => 'Solo es para personas que ya salieron del país.',
    ar: () => 'مخصص فقط للأشخاص الذين غادروا البلد.',
    ru: () => 'Только для тех, кто уже покинул страну.',
    zh: () => '仅面向已离开该国的人。',
    pt: () => 'É apenas para pessoas que já saíram do país.',
  }),
  // checks (NEEDS_CHECK)
  checkProcedure: m<[string, string]>({
    en: (c, p) => `Check that ${c} has accepted ${p} (UN Treaty Collection).`,
    fr: (c, p) => `Vérifier que ce pays (${c}) a accepté ${p} (Collection des traités de l’ONU).`,
    es: (c, p) => `Verificar que este país (${c}) ha aceptado ${p} (Colección de Tratados de la ONU).`,
    ar: (c, p) => `يُرجى التحقق من أن هذا البلد (${isolate(c)}) قد قبل ${p} (مجموعة معاهدات الأمم المتحدة).`,
    ru: (c, p) => `Проверьте, приняла ли эта страна (${c}) ${p} (Сборник договоров ООН).`,
    zh: (c, p) => `请核实${c}是否已接受${p}（联合国条约集）。`,
    pt: (c, p) => `Verifique se ${c} aceitou ${p} (Coleção de Tratados da ONU).`,
  }),
  checkInstrument: m<[string, string]>({
    en: (c, p) => `Check that ${c} has accepted ${p}: our sources do not confirm it.`,
    fr: (c, p) => `Vérifier que ce pays (${c}) a accepté ${p} : nos sources ne le confirment pas.`,
    es: (c, p) => `Verificar que este país (${c}) ha aceptado ${p}: nuestras fuentes no lo confirman.`,
    ar: (c, p) => `يُرجى التحقق من أن هذا البلد (${isolate(c)}) قد قبل ${p}: مصادرنا لا تؤكد ذلك.`,
    ru: (c, p) => `Проверьте, приняла ли эта страна (${c}) ${p}: наши источники этого не подтверждают.`,
    zh: (c, p) => `请核实${c}是否已接受${p}：我们的资料无法证实这一点。`,
    pt: (c, p) => `Verifique se ${c} aceitou ${p}: nossas fontes não confirmam isso.`,
  }),
  checkCountryList: m<[string]>({
    en: (c) => `Check that it works for ${c}: the list of countries it serves is not confirmed.`,
    fr: (c) => `Vérifier qu’il intervient pour ce pays (${c}) : la liste des pays couverts n’est pas confirmée.`,
    es: (c) => `Verificar que actúa para este país (${c}): la lista de países que atiende no está confirmada.`,
    ar: (c) => `يُرجى التحقق من أنه يعمل لصالح هذا البلد (${isolate(c)}): قائمة البلدان التي يخدمها غير مؤكدة.`,
    ru: (c) => `Уточните, распространяется ли работа на эту страну (${c}): список стран, с которыми ведётся работа, не подтверждён.`,
    zh: (c) => `请核实其是否为${c}提供服务：其服务国家名单未经确认。`,
    pt: (c) => `Verifique se atua para ${c}: a lista de países atendidos não está confirmada.`,
  }),
  checkStillWorks: m<[]>({
    en: () => 'A source says it may have stopped or changed (see its alert): confirm that it still works before relying on it.',
    fr: () => 'Une source indique qu’il a pu s’arrêter ou changer (voir l’alerte) : confirmer qu’il fonctionne encore avant de compter dessus.',
    es: () => 'Una fuente indica que pudo haberse detenido o cambiado (ver la alerta): confirmar que sigue funcionando antes de contar con él.',
    ar: () => 'يشير أحد المصادر إلى أنه ربما توقف أو تغيّر (يُرجى مراجعة التنبيه): يُرجى التأكد من أنه لا يزال يعمل قبل الاعتماد عليه.',
    ru: () =>
      'Один из источников сообщает, что работа могла прекратиться или измениться (см. предупреждение): прежде чем на это рассчитывать, убедитесь, что всё по-прежнему действует.',
    zh: () => '有来源称其可能已停止运作或有所变动（见警示）：在依赖它之前，请确认它仍在运作。',
    pt: () => 'Uma fonte indica que pode ter parado ou mudado (veja o alerta): confirme que ainda funciona antes de contar com ele.',
  }),
  checkProfile: m<[string]>({
    en: (p) => `Open only to ${p}: check that this applies to you.`,
    fr: (p) => `Réservé à : ${p}. Vérifier que cela vous concerne.`,
    es: (p) => `Reservado a: ${p}. Verificar que le corresponde.`,
    ar: (p) => `مخصص فقط للفئات التالية: ${p}. يُرجى التحقق من أن ذلك ينطبق عليك.`,
    ru: (p) => `Только для следующих категорий: ${p}. Проверьте, относится ли это к вам.`,
    zh: (p) => `仅面向${p}：请核实这是否适用于您。`,
    pt: (p) => `Reservado a: ${p}. Verifique se isso se aplica a você.`,
  }),
  checkInCountry: m<[]>({
    en: () => 'Only for people still in the country: check that this applies.',
    fr: () => 'Seulement pour les personnes encore dans le pays : vérifier que c’est le cas.',
    es: () => 'Solo para personas que siguen en el país: verificar que es el caso.',
    ar: () => 'مخصص فقط للأشخاص الذين ما زالوا داخل البلد: يُرجى التحقق من أن ذلك ينطبق عليك.',
    ru: () => 'Только для тех, кто всё ещё находится в стране: проверьте, относится ли это к вам.',
    zh: () => '仅面向仍在该国境内的人：请核实是否属于这种情况。',
    pt: () => 'Apenas para pessoas que ainda estão no país: verifique se é o caso.',
  }),
  checkOutsideCountry: m<[]>({
    en: () => 'Only for people who have left the country: check that this applies.',
    fr: () => 'Seulement pour les personnes ayant quitté le pays : vérifier que c’est le cas.',
    es: () => 'Solo para personas que salieron del país: verificar que es el caso.',
    ar: () => 'مخصص فقط للأشخاص الذين غادروا البلد: يُرجى التحقق من أن ذلك ينطبق عليك.',
    ru: () => 'Только для тех, кто уже покинул страну: проверьте, относится ли это к вам.',
    zh: () => '仅面向已离开该国的人：请核实是否属于这种情况。',
    pt: () => 'Apenas para pessoas que já saíram do país: verifique se é o caso.',
  }),
  // reasons
  addressesRisks: m<[string]>({
    en: (r) => `Addresses ${r}.`,
    fr: (r) => `Répond à : ${r}.`,
    es: (r) => `Responde a: ${r}.`,
    ar: (r) => `يعالج ${r}.`,
    ru: (r) => `Помогает в таких ситуациях: ${r}.`,
    zh: (r) => `应对${r}。`,
    pt: (r) => `Responde a: ${r}.`,
  }),
  generalService: m<[]>({
    en: () => 'A general protection service, not specific to these risks.',
    fr: () => 'Un service de protection général, non spécifique à ces risques.',
    es: () => 'Un servicio de protección general, no específico de estos riesgos.',
    ar: () => 'خدمة حماية عامة، غير مخصصة لهذه المخاطر تحديدًا.',
    ru: () => 'Общая служба защиты, не предназначенная специально для этих рисков.',
    zh: () => '一般性保护服务，并非专门针对这些风险。',
    pt: () => 'Um serviço de proteção geral, não específico para esses riscos.',
  }),
  available247: m<[]>({
    en: () => 'Reachable 24 hours a day, 7 days a week.',
    fr: () => 'Joignable 24 heures sur 24, 7 jours sur 7.',
    es: () => 'Disponible las 24 horas, los 7 días de la semana.',
    ar: () => 'يمكن التواصل معه على مدار 24 ساعة، 7 أيام في الأسبوع.',
    ru: () => 'Связаться можно 24 часа в сутки, 7 дней в неделю.',
    zh: () => '每周7天、每天24小时均可联系。',
    pt: () => 'Disponível 24 horas por dia, 7 dias por semana.',
  }),
  languageMatch: m<[string]>({
    en: (x) => `You can contact it in ${x}.`,
    fr: (x) => `Vous pouvez le contacter dans ces langues : ${x}.`,
    es: (x) => `Puede contactarlo en estos idiomas: ${x}.`,
    ar: (x) => `يمكنك التواصل معه بهذه اللغات: ${isolate(x)}.`,
    ru: (x) => `Связаться можно на этих языках: ${x}.`,
    zh: (x) => `您可以使用以下语言联系：${x}。`,
    pt: (x) => `Você pode entrar em contato nestes idiomas: ${x}.`,
  }),
  profileMatch: m<[string]>({
    en: (p) => `Aimed at ${p}.`,
    fr: (p) => `Destiné à : ${p}.`,
    es: (p) => `Dirigido a: ${p}.`,
    ar: (p) => `موجّه إلى الفئات التالية: ${p}.`,
    ru: (p) => `Целевые группы: ${p}.`,
    zh: (p) => `面向${p}。`,
    pt: (p) => `Voltado para: ${p}.`,
  }),
  coversCountry: m<[string]>({
    en: (c) => `Works in ${c} specifically.`,
    fr: (c) => `Intervient spécifiquement dans ce pays : ${c}.`,
    es: (c) => `Trabaja específicamente en este país: ${c}.`,
    ar: (c) => `يعمل تحديدًا في ${isolate(c)}.`,
    ru: (c) => `Работает именно в этой стране: ${c}.`,
    zh: (c) => `专门在${c}开展工作。`,
    pt: (c) => `Atua especificamente neste país: ${c}.`,
  }),
  coversRegion: m<[string]>({
    en: (s) => `Covers the member states of ${s}.`,
    fr: (s) => `Couvre les États membres ${deFr(s)}.`,
    es: (s) => `Cubre los Estados miembros ${deEs(s)}.`,
    ar: (s) => `يشمل الدول الأعضاء في ${s}.`,
    ru: (s) => `Охватывает государства — члены ${s}.`,
    zh: (s) => `覆盖${s}的成员国。`,
    pt: (s) => `Abrange os Estados-membros ${s}.`,
  }),
  coversWorld: m<[]>({
    en: () => 'Works worldwide.',
    fr: () => 'Intervient dans le monde entier.',
    es: () => 'Trabaja en todo el mundo.',
    ar: () => 'يعمل في جميع أنحاء العالم.',
    ru: () => 'Работает по всему миру.',
    zh: () => '在全球范围内开展工作。',
    pt: () => 'Atua no mundo todo.',
  }),
  reprisalOpen: m<[]>({
    en: () => 'The risk follows cooperation with the UN, so reprisal reporting is open.',
    fr: () => 'Le risque fait suite à une coopération avec l’ONU : le signalement de représailles est ouvert.',
    es: () => 'El riesgo sigue a una cooperación con la ONU: se puede denunciar la represalia.',
    ar: () => 'الخطر ناجم عن التعاون مع الأمم المتحدة، لذا يمكن الإبلاغ عن العمل الانتقامي.',
    ru: () => 'Риск связан с сотрудничеством с ООН, поэтому можно сообщить о репрессиях.',
    zh: () => '该风险源于与联合国的合作，因此可以举报报复行为。',
    pt: () => 'O risco decorre da cooperação com a ONU, por isso é possível denunciar a represália.',
  }),
  // caveats
  stale: m<[string]>({
    en: (d) => `The newest evidence for this record dates from ${d}, more than two years ago: check the details before relying on them.`,
    fr: (d) => `Les informations les plus récentes sur cette ressource datent du ${d}, il y a plus de deux ans : les vérifier avant de s’y fier.`,
    es: (d) => `La información más reciente sobre este recurso es del ${d}, hace más de dos años: comprobar los datos antes de confiar en ellos.`,
    ar: (d) => `أحدث ما يوثّق هذا السجل يعود إلى ${isolate(d)}، أي قبل أكثر من عامين: يُرجى التحقق من التفاصيل قبل الاعتماد عليها.`,
    ru: (d) => `Самые свежие сведения об этой записи датированы ${d}, то есть им больше двух лет: проверьте данные, прежде чем на них полагаться.`,
    zh: (d) => `该条目的最新依据来自${d}，已是两年多以前：请在依赖之前核实相关信息。`,
    pt: (d) => `A informação mais recente sobre este registro é de ${d}, há mais de dois anos: verifique os dados antes de confiar neles.`,
  }),
  languageNoMatch: m<[string]>({
    en: (x) => `Its contact channels are listed in ${x}, not in the languages given.`,
    fr: (x) => `Ses moyens de contact sont indiqués dans ces langues : ${x}, pas dans celles données.`,
    es: (x) => `Sus canales de contacto figuran en estos idiomas: ${x}, no en los indicados.`,
    ar: (x) => `قنوات الاتصال به مُدرجة بهذه اللغات: ${isolate(x)}، وليس باللغات المحددة.`,
    ru: (x) => `Каналы связи указаны на этих языках: ${x} — не на тех, что вы указали.`,
    zh: (x) => `其联系渠道使用的语言为：${x}，而非您所列的语言。`,
    pt: (x) => `Os canais de contato estão disponíveis nestes idiomas: ${x}, não nos informados.`,
  }),
  languageUnknown: m<[]>({
    en: () => 'No source lists the languages it works in.',
    fr: () => 'Aucune source n’indique ses langues de travail.',
    es: () => 'Ninguna fuente indica sus idiomas de trabajo.',
    ar: () => 'لا يذكر أي مصدر اللغات التي يعمل بها.',
    ru: () => 'Ни один источник не указывает рабочие языки.',
    zh: () => '没有任何来源说明其工作语言。',
    pt: () => 'Nenhuma fonte indica os idiomas de trabalho.',
  }),
  profileMismatch: m<[string]>({
    en: (p) => `Aimed at ${p}: ask whether it can help in your case.`,
    fr: (p) => `Destiné à : ${p}. Demander s’il peut aider dans votre cas.`,
    es: (p) => `Dirigido a: ${p}. Preguntar si puede ayudar en su caso.`,
    ar: (p) => `موجّه إلى الفئات التالية: ${p}. يُرجى السؤال عمّا إذا كان بإمكانه المساعدة في حالتك.`,
    ru: (p) => `Целевые группы: ${p}. Уточните, смогут ли помочь в вашем случае.`,
    zh: (p) => `面向${p}：请询问其能否在您的情况下提供帮助。`,
    pt: (p) => `Voltado para: ${p}. Pergunte se pode ajudar no seu caso.`,
  }),
  embassyVisibility: m<[]>({
    en: () =>
      'Being seen going to and from an embassy can raise your risk under surveillance: ask for contact through a trusted intermediary or a remote channel.',
    fr: () =>
      'Être vu entrer et sortir d’une ambassade peut accroître le risque sous surveillance : demander un contact par un intermédiaire de confiance ou à distance.',
    es: () =>
      'Ser visto entrando y saliendo de una embajada puede aumentar el riesgo bajo vigilancia: pedir contacto a través de un intermediario de confianza o a distancia.',
    ar: () => 'في ظل المراقبة، قد يزيد الخطر عليك إذا شوهد ترددك على السفارة: يُرجى طلب التواصل عبر وسيط موثوق أو عبر قناة عن بُعد.',
    ru: () =>
      'При слежке визиты в посольство могут заметить, и это повышает ваш риск: попросите о контакте через доверенного посредника или по удалённому каналу.',
    zh: () => '在受到监视的情况下，被人看到进出大使馆可能增加您的风险：请要求通过可信的中间人或远程渠道联系。',
    pt: () =>
      'Ser visto entrando e saindo de uma embaixada pode aumentar seu risco sob vigilância: peça contato por meio de um intermediário de confiança ou por um canal remoto.',
  }),
  awardNomination: m<[]>({
    en: () =>
      'An award goes to one or a few defenders a year, on nomination by others, and takes months: it is not a way to get help soon. Ask an organisation you trust whether to nominate you; the visibility it brings can also raise your risk.',
    fr: () =>
      'Un prix est décerné chaque année à un·e ou quelques défenseur·es, sur proposition d’autres personnes, et prend des mois : ce n’est pas un moyen d’obtenir de l’aide rapidement. Demander à une organisation de confiance s’il faut vous proposer ; la visibilité qu’il apporte peut aussi accroître votre risque.',
    es: () =>
      'Un premio se concede cada año a una o pocas personas defensoras, a propuesta de otras, y tarda meses: no es una forma de obtener ayuda pronto. Pregunte a una organización de confianza si conviene proponerle; la visibilidad que aporta también puede aumentar su riesgo.',
    ar: () =>
      'تُمنح الجائزة كل عام لمدافع واحد أو لعدد قليل من المدافعين بناءً على ترشيح من آخرين، وتستغرق أشهرًا: فهي ليست وسيلة للحصول على المساعدة قريبًا. يُرجى سؤال منظمة موثوقة عن جدوى ترشيحك؛ فالشهرة التي تجلبها قد تزيد الخطر عليك أيضًا.',
    ru: () =>
      'Премию ежегодно получают один или несколько правозащитников по выдвижению других, и это занимает месяцы: это не способ быстро получить помощь. Спросите у организации, которой вы доверяете, стоит ли выдвигать вашу кандидатуру; публичность может и повысить ваш риск.',
    zh: () =>
      '奖项每年只授予一名或少数几名人权维护者，由他人提名，需要数月时间：这不是尽快获得帮助的途径。请询问您信任的组织是否应提名您；奖项带来的关注也可能增加您的风险。',
    pt: () =>
      'Um prêmio é concedido a cada ano a um ou poucos defensores, por indicação de outras pessoas, e leva meses: não é uma forma de obter ajuda logo. Pergunte a uma organização de confiança se vale a pena indicar você; a visibilidade que ele traz também pode aumentar seu risco.',
  }),
  stateRunAgainstStateThreat: m<[]>({
    en: () =>
      'The threat comes from state agents and this is a state programme: asking it for protection can alert the people behind the threat, and its measures may be carried out by the same forces. Consider it only after independent organisations, and ask one of them to help you approach it safely.',
    fr: () =>
      'La menace vient d’agents de l’État et ce programme est étatique : lui demander une protection peut alerter les personnes à l’origine de la menace, et ses mesures peuvent être mises en œuvre par ces mêmes forces. À n’envisager qu’après des organisations indépendantes, en demandant à l’une d’elles de vous aider à le saisir sans danger.',
    es: () =>
      'La amenaza viene de agentes del Estado y este es un programa estatal: pedirle protección puede alertar a quienes están detrás de la amenaza, y sus medidas pueden ejecutarlas esas mismas fuerzas. Considérelo solo después de organizaciones independientes y pida a una de ellas que le ayude a acudir a él de forma segura.',
    ar: () =>
      'التهديد صادر عن موظفين في الدولة وهذا برنامج حكومي: قد يؤدي طلب الحماية منه إلى تنبيه من يقفون وراء التهديد، وقد تنفذ تدابيرَه القواتُ نفسها. يُرجى عدم اللجوء إليه إلا بعد المنظمات المستقلة، وطلب مساعدة إحداها للتواصل معه بأمان.',
    ru: () =>
      'Угроза исходит от представителей государства, а это государственная программа: обращение к ней за защитой может насторожить тех, кто стоит за угрозой, а её меры могут выполнять те же силы. Рассматривайте её только после независимых организаций и попросите одну из них помочь безопасно обратиться в неё.',
    zh: () =>
      '威胁来自国家人员，而这是一个国家项目：向其申请保护可能惊动威胁背后的人，其保护措施也可能由同一批力量执行。请先考虑独立组织，只有在此之后再考虑它，并请其中一个组织帮助您安全地与其接洽。',
    pt: () =>
      'A ameaça vem de agentes do Estado e este é um programa estatal: pedir proteção a ele pode alertar quem está por trás da ameaça, e suas medidas podem ser executadas pelas mesmas forças. Considere-o somente depois de organizações independentes e peça a uma delas que ajude você a acioná-lo com segurança.',
  }),
  inPersonOnly: m<[]>({
    en: () => 'It can only be reached in person, which can be observed.',
    fr: () => 'Il ne peut être joint qu’en personne, ce qui peut être observé.',
    es: () => 'Solo se puede contactar en persona, lo que puede ser observado.',
    ar: () => 'لا يمكن التواصل معه إلا حضوريًا، وهو ما قد يكون مرصودًا.',
    ru: () => 'Связаться можно только лично, а это могут заметить.',
    zh: () => '只能当面联系，而这可能被人看到。',
    pt: () => 'Só é possível o contato pessoalmente, o que pode ser observado.',
  }),
  publicity: m<[]>({
    en: () => 'This route can make the case public: agree beforehand on what may be published and on the consent of everyone named.',
    fr: () => 'Cette voie peut rendre le cas public : convenir à l’avance de ce qui peut être publié et du consentement des personnes nommées.',
    es: () => 'Esta vía puede hacer público el caso: acordar antes qué puede publicarse y el consentimiento de las personas nombradas.',
    ar: () => 'قد يجعل هذا المسار القضية علنية: يُرجى الاتفاق مسبقًا على ما يجوز نشره وعلى موافقة كل من يُذكر اسمه.',
    ru: () => 'Этот путь может сделать дело публичным: заранее договоритесь, что можно публиковать, и получите согласие всех, кто будет назван.',
    zh: () => '这一途径可能使案件公开：请事先商定哪些内容可以公开，并征得所有被点名者的同意。',
    pt: () => 'Esta via pode tornar o caso público: combine antes o que pode ser publicado e obtenha o consentimento de todas as pessoas citadas.',
  }),
  unconfirmedChannel: m<[]>({
    en: () => 'Some contact details could not be confirmed in a source: check them on the official website first.',
    fr: () => 'Certaines coordonnées n’ont pas pu être confirmées : les vérifier d’abord sur le site officiel.',
    es: () => 'Algunos datos de contacto no se pudieron confirmar: verificarlos antes en el sitio oficial.',
    ar: () => 'تعذّر تأكيد بعض بيانات الاتصال من أي مصدر: يُرجى التحقق منها أولًا على الموقع الرسمي.',
    ru: () => 'Некоторые контактные данные не удалось подтвердить по источникам: сначала проверьте их на официальном сайте.',
    zh: () => '部分联系方式未能在来源中得到确认：请先在官方网站上核实。',
    pt: () => 'Alguns dados de contato não puderam ser confirmados em uma fonte: verifique-os antes no site oficial.',
  }),
  noChannel: m<[]>({
    en: () => 'No confirmed contact channel is listed.',
    fr: () => 'Aucun moyen de contact confirmé n’est indiqué.',
    es: () => 'No figura ningún canal de contacto confirmado.',
    ar: () => 'لا توجد قناة اتصال مؤكدة مُدرجة.',
    ru: () => 'Подтверждённых каналов связи не указано.',
    zh: () => '未列出经确认的联系渠道。',
    pt: () => 'Nenhum canal de contato confirmado está listado.',
  }),
  reprisalConsent: m<[]>({
    en: () =>
      'Protect the people concerned: say whether the person (and their family) agreed to be named and was informed of the report. Consent is a prerequisite.',
    fr: () =>
      'Protéger les personnes concernées : indiquer si la personne (et sa famille) a accepté d’être nommée et a été informée du signalement. Le consentement est une condition préalable.',
    es: () =>
      'Proteger a las personas afectadas: indicar si la persona (y su familia) aceptó ser nombrada y fue informada de la denuncia. El consentimiento es un requisito previo.',
    ar: () => 'لحماية الأشخاص المعنيين، يُرجى ذكر ما إذا كان الشخص (وأسرته) قد وافق على ذكر اسمه وأُبلغ بهذا البلاغ. الموافقة شرط مسبق.',
    ru: () =>
      'Защитите затронутых людей: укажите, согласился ли человек (и его семья) на упоминание имени и был ли он проинформирован о сообщении. Согласие — обязательное предварительное условие.',
    zh: () => '保护相关人员：请说明当事人（及其家人）是否同意被点名，以及是否已被告知此次举报。征得同意是前提条件。',
    pt: () =>
      'Proteja as pessoas envolvidas: informe se a pessoa (e sua família) concordou em ser nomeada e foi informada da denúncia. O consentimento é um requisito prévio.',
  }),
  reprisalUnDocs: m<[]>({
    en: () => 'Say whether the reprisal has already been mentioned in any UN document, and give the reference.',
    fr: () => 'Indiquer si les représailles ont déjà été mentionnées dans un document de l’ONU, avec sa référence.',
    es: () => 'Indicar si la represalia ya se mencionó en algún documento de la ONU, con su referencia.',
    ar: () => 'يُرجى ذكر ما إذا كان العمل الانتقامي قد ورد بالفعل في أي وثيقة من وثائق الأمم المتحدة، مع ذكر مرجعها.',
    ru: () => 'Укажите, упоминались ли эти репрессии уже в каком-либо документе ООН, и приведите его номер или ссылку.',
    zh: () => '请说明该报复行为是否已在任何联合国文件中被提及，并注明出处。',
    pt: () => 'Informe se a represália já foi mencionada em algum documento da ONU e indique a referência.',
  }),
  reprisalFollowUp: m<[]>({
    en: () => 'Send follow-up on cases reported before (new reprisals, steps the state took to investigate).',
    fr: () => 'Transmettre un suivi des cas signalés auparavant (nouvelles représailles, mesures d’enquête prises par l’État).',
    es: () => 'Enviar seguimiento de casos ya denunciados (nuevas represalias, medidas de investigación del Estado).',
    ar: () => 'يُرجى إرسال معلومات متابعة بشأن الحالات المُبلَّغ عنها سابقًا (أعمال انتقامية جديدة، والخطوات التي اتخذتها الدولة للتحقيق).',
    ru: () => 'Сообщайте новые сведения по ранее заявленным случаям (новые репрессии, меры, принятые государством для расследования).',
    zh: () => '就此前举报的案件发送后续信息（新的报复行为、国家为调查所采取的措施）。',
    pt: () => 'Envie atualizações sobre casos denunciados antes (novas represálias, medidas tomadas pelo Estado para investigar).',
  }),
  // next steps
  contactVia: m<[string]>({
    en: (p) => `Contact ${p} through the first channel listed (the safest).`,
    fr: (p) => `Contacter ${p} par le premier moyen indiqué (le plus sûr).`,
    es: (p) => `Contactar a ${p} por el primer canal indicado (el más seguro).`,
    ar: (p) => `يُرجى التواصل مع ${isolate(p)} عبر أول قناة مُدرجة (وهي الأكثر أمانًا).`,
    ru: (p) => `Контакт: ${p} — используйте первый указанный канал (самый безопасный).`,
    zh: (p) => `通过列出的第一个渠道（最安全的渠道）联系${p}。`,
    pt: (p) => `Entre em contato com ${p} pelo primeiro canal indicado (o mais seguro).`,
  }),
  requirement: m<[string]>({
    en: (r) => `Have ready: ${r}`,
    fr: (r) => `Préparer : ${r}`,
    es: (r) => `Tener listo: ${r}`,
    ar: (r) => `ما يلزم تجهيزه: ${isolate(r)}`,
    ru: (r) => `Подготовьте: ${r}`,
    zh: (r) => `请准备：${r}`,
    pt: (r) => `Tenha em mãos: ${r}`,
  }),
  // summary
  summaryCount: m<[number, number]>({
    en: (n, k) => `${n} option${n === 1 ? '' : 's'} in the directory fit${n === 1 ? 's' : ''} this situation${k ? ` (${k} with a fact to check first)` : ''}.`,
    fr: (n, k) =>
      `${n} option${n === 1 ? '' : 's'} de l’annuaire correspond${n === 1 ? '' : 'ent'} à cette situation${k ? ` (dont ${k} avec un point à vérifier d’abord)` : ''}.`,
    es: (n, k) =>
      `${n} opci${n === 1 ? 'ón' : 'ones'} del directorio se ajusta${n === 1 ? '' : 'n'} a esta situación${k ? ` (${k} con un dato que verificar antes)` : ''}.`,
    ar: (n, k) =>
      `يناسب هذا الوضع ${arCount(n, { one: 'خيار واحد', two: 'خياران', few: 'خيارات', many: 'خيارًا', other: 'خيار' })} من الدليل${k ? ` (عدد ما يحتاج منها إلى التحقق من معلومة أولًا: ${k})` : ''}.`,
    ru: (n, k) =>
      `${n} ${ruPlural(n, 'вариант', 'варианта', 'вариантов')} из справочника ${ruPlural(n, 'подходит', 'подходят', 'подходят')} для этой ситуации${k ? ` (из них ${k} — с условием, которое нужно сначала проверить)` : ''}.`,
    zh: (n, k) => `目录中有${n}个选项适合这一情况${k ? `（其中${k}个需先核实一项信息）` : ''}。`,
    pt: (n, k) =>
      `${n} ${n === 1 ? 'opção' : 'opções'} do diretório ${n === 1 ? 'se encaixa' : 'se encaixam'} nesta situação${k ? ` (${k} com um dado a verificar antes)` : ''}.`,
  }),
  summaryShown: m<[number]>({
    en: (k) => `The best ${k}, each through a different contact, are listed below.`,
    fr: (k) => `Les ${k} meilleures, chacune par un contact différent, sont indiquées ci-dessous.`,
    es: (k) => `Las ${k} mejores, cada una por un contacto distinto, se indican abajo.`,
    ar: (k) =>
      `ترد أدناه أفضل الخيارات (${arCount(k, { one: 'خيار واحد', two: 'خياران', few: 'خيارات', many: 'خيارًا', other: 'خيار' })})، كلٌّ منها عبر جهة اتصال مختلفة.`,
    ru: (k) => `Ниже — лучшие из них (${k} ${ruPlural(k, 'вариант', 'варианта', 'вариантов')}), каждый через отдельный контакт.`,
    zh: (k) => `以下列出其中最合适的${k}个选项，每个选项使用不同的联系方式。`,
    pt: (k) => `Abaixo estão as melhores opções (${k}), cada uma por um contato diferente.`,
  }),
  summaryFirstContact: m<[string, string]>({
    en: (o, c) => `First step: ${o} — ${c}.`,
    fr: (o, c) => `Première étape : ${o} — ${c}.`,
    es: (o, c) => `Primer paso: ${o} — ${c}.`,
    ar: (o, c) => `الخطوة الأولى: ${isolate(o)} — ${c}.`,
    ru: (o, c) => `Первый шаг: ${o} — ${c}.`,
    zh: (o, c) => `第一步：${o}——${c}。`,
    pt: (o, c) => `Primeiro passo: ${o} — ${c}.`,
  }),
  summaryFirstSteps: m<[string]>({
    en: (o) => `First step: ${o} (see its next steps).`,
    fr: (o) => `Première étape : ${o} (voir ses prochaines étapes).`,
    es: (o) => `Primer paso: ${o} (ver sus próximos pasos).`,
    ar: (o) => `الخطوة الأولى: ${isolate(o)} (يُرجى الاطلاع على خطواته التالية).`,
    ru: (o) => `Первый шаг: ${o} (см. дальнейшие шаги).`,
    zh: (o) => `第一步：${o}（见其后续步骤）。`,
    pt: (o) => `Primeiro passo: ${o} (veja os próximos passos).`,
  }),
  routeReaches: m<[string, string]>({
    en: (c, x) => `One contact (${c}) reaches: ${x}.`,
    fr: (c, x) => `Un seul contact (${c}) permet d’accéder à : ${x}.`,
    es: (c, x) => `Un solo contacto (${c}) da acceso a: ${x}.`,
    ar: (c, x) => `جهة اتصال واحدة (${c}) تتيح الوصول إلى: ${x}.`,
    ru: (c, x) => `Через один контакт (${c}) доступны: ${x}.`,
    zh: (c, x) => `通过同一个联系方式（${c}）即可联系到：${x}。`,
    pt: (c, x) => `Um único contato (${c}) dá acesso a: ${x}.`,
  }),
  saferChannelUnconfirmed: m<[string]>({
    en: (k) =>
      `Under surveillance, prefer their ${k}; its address is not confirmed here: find it on their official website, from a device and connection you trust, never through a link someone sends you.`,
    fr: (k) =>
      `Sous surveillance, préférez leur ${k} ; son adresse n’est pas confirmée ici : cherchez-la sur leur site officiel, depuis un appareil et une connexion de confiance, jamais par un lien que l’on vous envoie.`,
    es: (k) =>
      `Bajo vigilancia, prefiera su ${k}; su dirección no está confirmada aquí: búsquela en su sitio oficial, desde un dispositivo y una conexión de confianza, nunca por un enlace que le envíen.`,
    ar: (k) =>
      `في ظل المراقبة، يُفضَّل استخدام ${k} الخاص بهم؛ لكن عنوانه غير مؤكد هنا: يُرجى البحث عنه في موقعهم الرسمي، من جهاز واتصال موثوقين، وليس أبدًا عبر رابط يرسله إليك أحد.`,
    ru: (k) =>
      `При слежке лучше использовать их канал «${k}»; его адрес здесь не подтверждён: найдите его на их официальном сайте с устройства и через подключение, которым вы доверяете, и никогда — по ссылке, которую вам кто-то прислал.`,
    zh: (k) => `处于监视之下时，最好使用其${k}；此处未确认其地址：请使用您信任的设备和网络，在其官方网站上查找，切勿通过他人发来的链接获取。`,
    pt: (k) =>
      `Sob vigilância, prefira este canal: ${k}; o endereço dele não está confirmado aqui: procure-o no site oficial, de um dispositivo e uma conexão de confiança, nunca por um link que alguém lhe envie.`,
  }),
  summaryNone: m<[]>({
    en: () => 'No option in the directory fits this situation; a general support NGO may still be able to advise.',
    fr: () => 'Aucune option de l’annuaire ne correspond à cette situation ; une ONG de soutien généraliste peut néanmoins conseiller.',
    es: () => 'Ninguna opción del directorio se ajusta a esta situación; una ONG de apoyo general aún puede orientar.',
    ar: () => 'لا يوجد خيار في الدليل يناسب هذا الوضع؛ ومع ذلك قد تتمكن منظمة غير حكومية تقدم دعمًا عامًا من تقديم المشورة.',
    ru: () => 'В справочнике нет вариантов, подходящих для этой ситуации; тем не менее совет может дать НКО, оказывающая общую поддержку.',
    zh: () => '目录中没有适合这一情况的选项；不过，提供一般性支持的非政府组织仍可能提供建议。',
    pt: () => 'Nenhuma opção do diretório se encaixa nesta situação; uma ONG de apoio geral ainda pode orientar.',
  }),
  summaryPhase: m<[string, string]>({
    en: (t, x) => `${t}: ${x}.`,
    fr: (t, x) => `${t} : ${x}.`,
    es: (t, x) => `${t}: ${x}.`,
    ar: (t, x) => `${t}: ${x}.`,
    ru: (t, x) => `${t}: ${x}.`,
    zh: (t, x) => `${t}：${x}。`,
    pt: (t, x) => `${t}: ${x}.`,
  }),
  summaryNoFast: m<[]>({
    en: () => 'No option acts within hours: start with the fastest ones below and keep people you trust informed.',
    fr: () => 'Aucune option n’agit en quelques heures : commencer par les plus rapides et tenir informées des personnes de confiance.',
    es: () => 'Ninguna opción actúa en pocas horas: empezar por las más rápidas y mantener informadas a personas de confianza.',
    ar: () => 'لا يوجد خيار يتحرك خلال ساعات: يُرجى البدء بأسرع الخيارات أدناه وإبقاء أشخاص موثوقين على اطلاع.',
    ru: () =>
      'Ни один вариант не действует в течение нескольких часов: начните с самых быстрых из приведённых ниже и держите в курсе людей, которым доверяете.',
    zh: () => '没有能在数小时内采取行动的选项：请从下列最快的选项着手，并让您信任的人随时了解情况。',
    pt: () => 'Nenhuma opção age em poucas horas: comece pelas mais rápidas abaixo e mantenha pessoas de confiança informadas.',
  }),
  summaryExcluded: m<[number]>({
    en: (x) => `${x} other offer${x === 1 ? ' was' : 's were'} ruled out; the plan says why.`,
    fr: (x) => `${x} autre${x === 1 ? ' offre a été écartée' : 's offres ont été écartées'} ; le plan indique pourquoi.`,
    es: (x) => `${x} ${x === 1 ? 'otra oferta fue descartada' : 'otras ofertas fueron descartadas'}; el plan explica por qué.`,
    ar: (x) => `تم استبعاد ${arCount(x, { one: 'عرض آخر', two: 'عرضين آخرين', few: 'عروض أخرى', many: 'عرضًا آخر', other: 'عرض آخر' })}؛ وتوضح الخطة السبب.`,
    ru: (x) => `Ещё ${x} ${ruPlural(x, 'предложение исключено', 'предложения исключены', 'предложений исключено')}; причины указаны в плане.`,
    zh: (x) => `另有${x}个选项已被排除；计划中说明了原因。`,
    pt: (x) => `${x} ${x === 1 ? 'outra oferta foi descartada' : 'outras ofertas foram descartadas'}; o plano explica por quê.`,
  }),
  // safety notes
  noteWhereabouts: m<[]>({
    en: () => 'Tell colleagues you trust where you are at regular intervals, and keep a phone number where you can be reached at all times.',
    fr: () => 'Dites régulièrement à des collègues de confiance où vous êtes, et gardez un numéro où l’on peut vous joindre à tout moment.',
    es: () => 'Informe con regularidad a colegas de confianza de dónde está, y mantenga un número en el que se le pueda localizar en todo momento.',
    ar: () => 'يُنصح بإبلاغ زملاء موثوقين بمكان وجودك على فترات منتظمة، والاحتفاظ برقم هاتف يمكن الوصول إليك عليه في جميع الأوقات.',
    ru: () => 'Регулярно сообщайте коллегам, которым доверяете, где вы находитесь, и держите номер телефона, по которому с вами можно связаться в любое время.',
    zh: () => '定期告知您信任的同事您身在何处，并保持一个随时能联系到您的电话号码。',
    pt: () =>
      'Informe regularmente a colegas de confiança onde você está e mantenha um número de telefone pelo qual seja possível falar com você a qualquer momento.',
  }),
  noteDevices: m<[]>({
    en: () => 'Keep phones, laptops and USB keys that hold sensitive files with you or locked away; devices go missing even in secure buildings.',
    fr: () =>
      'Gardez sur vous ou sous clé les téléphones, ordinateurs et clés USB contenant des fichiers sensibles ; des appareils disparaissent même dans des bâtiments sécurisés.',
    es: () =>
      'Lleve consigo o guarde bajo llave los teléfonos, computadoras y memorias USB con archivos sensibles; los dispositivos desaparecen incluso en edificios seguros.',
    ar: () =>
      'يُنصح بإبقاء الهواتف والحواسيب المحمولة وأقراص الذاكرة المحمولة التي تحتوي على ملفات حساسة معك أو في مكان مقفل؛ فالأجهزة تختفي حتى في المباني المؤمَّنة.',
    ru: () =>
      'Держите телефоны, ноутбуки и USB-накопители с конфиденциальными файлами при себе или под замком: устройства пропадают даже в охраняемых зданиях.',
    zh: () => '存有敏感文件的手机、笔记本电脑和U盘应随身携带或锁好；即使在有安保的建筑内，设备也会丢失。',
    pt: () => 'Mantenha com você ou trancados os celulares, notebooks e pen drives com arquivos sensíveis; aparelhos somem até em prédios seguros.',
  }),
  noteEarly: m<[]>({
    en: () =>
      'Act before the risk becomes acute: protection procedures can be slow, and an embassy that already knows your work helps faster. Build that link early, and remember that being seen at an embassy can itself draw attention.',
    fr: () =>
      'Agissez avant que le risque ne devienne aigu : les procédures de protection peuvent être lentes, et une ambassade qui connaît déjà votre travail aide plus vite. Créez ce lien tôt, en sachant qu’être vu à une ambassade peut attirer l’attention.',
    es: () =>
      'Actúe antes de que el riesgo sea agudo: los procedimientos de protección pueden ser lentos y una embajada que ya conoce su trabajo ayuda más rápido. Cree ese vínculo pronto, sabiendo que ser visto en una embajada puede llamar la atención.',
    ar: () =>
      'يُنصح بالتحرك قبل أن يصبح الخطر حادًا: فإجراءات الحماية قد تكون بطيئة، والسفارة التي تعرف عملك مسبقًا تساعد بسرعة أكبر. ويُستحسن بناء هذه الصلة مبكرًا، مع مراعاة أن الظهور في سفارة قد يلفت الانتباه في حد ذاته.',
    ru: () =>
      'Действуйте до того, как риск станет острым: процедуры защиты бывают медленными, а посольство, которое уже знает вашу работу, помогает быстрее. Установите этот контакт заранее и помните, что само появление в посольстве может привлечь внимание.',
    zh: () =>
      '在风险变得紧迫之前就采取行动：保护程序可能进展缓慢，而已经了解您工作的大使馆能更快提供帮助。请及早建立这种联系，同时记住，被人看到出入大使馆本身就可能引起注意。',
    pt: () =>
      'Aja antes que o risco se torne agudo: os procedimentos de proteção podem ser lentos, e uma embaixada que já conhece seu trabalho ajuda mais rápido. Crie esse vínculo cedo, lembrando que ser visto em uma embaixada pode, por si só, chamar a atenção.',
  }),
  noteReprisal: m<[]>({
    en: () =>
      'Before reporting a reprisal to the UN, get the consent of the person concerned (and say whether their family agreed and was informed), cite any UN document that already mentions the case, and plan to send follow-up. Reprisals can also target family, friends or community.',
    fr: () =>
      'Avant de signaler des représailles à l’ONU, obtenez le consentement de la personne concernée (et indiquez si sa famille a accepté et a été informée), citez tout document de l’ONU qui mentionne déjà le cas et prévoyez d’envoyer un suivi. Les représailles peuvent aussi viser la famille, les amis ou la communauté.',
    es: () =>
      'Antes de denunciar una represalia ante la ONU, obtenga el consentimiento de la persona afectada (e indique si su familia aceptó y fue informada), cite cualquier documento de la ONU que ya mencione el caso y prevea enviar seguimiento. Las represalias también pueden dirigirse a la familia, amistades o comunidad.',
    ar: () =>
      'قبل الإبلاغ عن عمل انتقامي إلى الأمم المتحدة، يُنصح بالحصول على موافقة الشخص المعني (وذكر ما إذا كانت أسرته قد وافقت وأُبلغت)، والإشارة إلى أي وثيقة من وثائق الأمم المتحدة تذكر الحالة بالفعل، والتخطيط لإرسال معلومات متابعة. وقد تستهدف الأعمال الانتقامية أيضًا الأسرة أو الأصدقاء أو المجتمع المحلي.',
    ru: () =>
      'Прежде чем сообщать в ООН о репрессиях, получите согласие затронутого человека (и укажите, согласилась ли его семья и была ли она проинформирована), сошлитесь на любой документ ООН, где этот случай уже упоминался, и запланируйте отправку дополнительных сведений. Репрессии могут быть направлены и против семьи, друзей или общины.',
    zh: () =>
      '在向联合国举报报复行为之前，请征得当事人的同意（并说明其家人是否同意并已知情），引用任何已提及该案件的联合国文件，并计划发送后续信息。报复行为也可能针对家人、朋友或所在社区。',
    pt: () =>
      'Antes de denunciar uma represália à ONU, obtenha o consentimento da pessoa envolvida (e informe se a família dela concordou e foi informada), cite qualquer documento da ONU que já mencione o caso e planeje enviar atualizações. As represálias também podem atingir a família, os amigos ou a comunidade.',
  }),
} as const;
