import type { republicationEn } from './republication.en.ts';

/** Strings of republication, corrections, source updates, glossary and machine translation (Spanish). */
export const republicationEs: Record<keyof typeof republicationEn, string> = {
  'republication.nav.sourceUpdates': 'Cambios en originales',
  'republication.nav.sourceUpdatesCount': 'Cambios en originales ({count} para revisar)',
  'republication.nav.glossary': 'Glosario',
  'republication.nav.machineTranslation': 'Traducción automática',

  // Qué tipo de cambio es una actualización de un artículo publicado
  'republication.changeKind.title': 'Esta actualización',
  'republication.changeKind.legend': '¿Qué tipo de cambio es?',
  'republication.changeKind.edit': 'Edición común',
  'republication.changeKind.edit.hint':
    'Se avisa a quienes tradujeron este artículo que su versión puede necesitar el cambio.',
  'republication.changeKind.typo': 'Corrección de erratas',
  'republication.changeKind.typo.hint':
    'Solo ortografía o puntuación: no se avisa a nadie y las traducciones siguen al día.',
  'republication.changeKind.correction': 'Fe de erratas',
  'republication.changeKind.correction.hint':
    'Un dato estaba mal: se avisa a quienes traducen, y una nota puede contárselo a los lectores.',
  'republication.changeKind.note': 'Nota de corrección para los lectores (opcional)',
  'republication.changeKind.noteHint':
    'Se muestra debajo del artículo en la versión de cada edición, en este idioma.',
  'republication.changeKind.sentWith':
    'Vale para la próxima «Actualizar»; después vuelve a ser una edición común.',
  'republication.kind.edit': 'Edición',
  'republication.kind.typo': 'Erratas',
  'republication.kind.correction': 'Fe de erratas',

  // De dónde viene un artículo republicado
  'republication.origin.title': 'Origen',
  'republication.origin.copyOf': 'Publicado originalmente en {edition}',
  'republication.origin.sisterEdition': 'una edición hermana',
  'republication.origin.openOriginal': 'Abrir el original en la redacción',
  'republication.origin.readOriginal': 'Leer el original en {edition}',
  'republication.origin.upToDate':
    'El texto sigue al original (su revisión {revision}). La línea de crédito se agrega en la página.',
  'republication.origin.changed':
    'El original cambió desde entonces: mirá el aviso arriba del texto.',
  'republication.origin.dismissed':
    'El original cambió y esta copia se dejó como está. Un cambio posterior se volverá a ofrecer.',
  'republication.origin.outsideOf': 'Republicado de {publication}',
  'republication.origin.edit': 'Cambiar la fuente',
  'republication.origin.editTitle': 'Dónde se publicó primero este texto',

  // Un texto de fuera de la red
  'republication.outside.new': 'Nueva republicación',
  'republication.outside.title': 'Republicar un texto de fuera de la red',
  'republication.outside.lede':
    'Para un texto publicado primero en otro medio, con permiso. Indicá de dónde viene: la página del artículo cita la publicación y enlaza al original. El texto se escribe después, en el editor.',
  'republication.outside.headlineHint': 'Podés cambiarlo después en el editor.',
  'republication.outside.legend': 'El original',
  'republication.outside.publication': 'Publicación',
  'republication.outside.publicationHint':
    'El diario, la revista o el sitio que lo publicó primero.',
  'republication.outside.url': 'Dirección del original',
  'republication.outside.urlHint': 'La dirección completa, empezando por https://',
  'republication.outside.language': 'Idioma del original',
  'republication.outside.languageHint': 'Una etiqueta de idioma como es, en o pt-BR.',
  'republication.outside.publishedOn': 'Publicado originalmente el',
  'republication.outside.permission': 'Permiso',
  'republication.outside.permissionHint':
    'Con qué permiso se republica, tal como lo verán los lectores: «Republicado con permiso de …», o la licencia.',
  'republication.outside.submit': 'Crear y abrir en el editor',
  'republication.outside.created': 'Creado.',

  // Republicar un artículo de una edición hermana
  'republication.sisters.open': 'De ediciones hermanas',
  'republication.sisters.title': 'Republicar de una edición hermana',
  'republication.sisters.lede':
    'Artículos publicados de las otras ediciones que escriben en {language}. «Republicar acá» hace una copia en esta edición como borrador, con crédito al original, y la abre.',
  'republication.sisters.none': 'Ninguna otra edición de la red escribe en {language}.',
  'republication.sisters.search': 'Buscar en sus artículos',
  'republication.sisters.edition': 'Edición',
  'republication.sisters.allEditions': 'Todas',
  'republication.sisters.found': 'Artículos encontrados: {count}',
  'republication.sisters.shown': 'Los más nuevos primero, {count} a la vista',
  'republication.sisters.empty': 'Ningún artículo publicado de esas ediciones coincide.',
  'republication.sisters.republish': 'Republicar acá',
  'republication.sisters.alreadyHere': 'Ya está en esta edición: abrirlo',
  'republication.sisters.more': 'Mostrar más',

  // «Republicar en…» en el editor
  'republication.republish.title': 'Republicar en ediciones hermanas',
  'republication.republish.copies': 'Copias en ediciones hermanas: {count}',
  'republication.republish.noCopies': 'Ninguna edición hermana tiene una copia todavía.',
  'republication.republish.behind': '(hecha de una revisión anterior)',
  'republication.republish.edition': 'Edición donde republicar',
  'republication.republish.publishNow': 'Publicar la copia enseguida',
  'republication.republish.publishHint': 'Si no, queda allá como borrador.',
  'republication.republish.submit': 'Republicar en {edition}',
  'republication.republish.nowhere':
    'Todas tus otras ediciones en {language} ya tienen esta historia.',
  'republication.republish.doneDraft': 'Una copia espera como borrador en {edition}.',
  'republication.republish.donePublished': 'Republicado en {edition}.',
  'republication.republish.openCopy': 'Abrir la copia',
  'republication.republish.openExisting': 'Abrir «{headline}»',

  // Cambios en originales
  'republication.updates.title': 'Cambios en originales',
  'republication.updates.lede':
    'Artículos que esta edición republicó de una edición hermana y cuyo original cambió desde entonces. Aplicar pone el texto de la copia al día con el del original (una nueva revisión de la copia; su slug, sección, etiquetas y textos para redes no cambian). Descartar deja la copia como está hasta que el original vuelva a cambiar.',
  'republication.updates.review': 'Para revisar ({count})',
  'republication.updates.noneToReview':
    'Ningún original se editó ni se corrigió desde que se copió acá.',
  'republication.updates.typos': 'Erratas ({count})',
  'republication.updates.typosHint':
    'Los originales solo corrigieron erratas: no se avisa a nadie. Aplicalas cuando te convenga.',
  'republication.updates.original': 'Original: «{headline}», {edition}.',
  'republication.updates.saves': 'Veces que se guardó el original desde la copia: {count}',
  'republication.updates.notes':
    'Notas de corrección del original (los lectores de la copia ya las ven):',
  'republication.updates.show': 'Ver los cambios',
  'republication.updates.hide': 'Ocultar los cambios',
  'republication.updates.apply': 'Aplicar',
  'republication.updates.dismiss': 'Descartar',
  'republication.updates.diffTitle': 'Qué cambia en esta copia al aplicar',
  'republication.updates.overwrites':
    'El texto de esta copia se cambió acá desde que se hizo: aplicar reemplaza esos cambios por el texto del original.',
  'republication.updates.confirmTitle': '¿Reemplazar el texto de «{headline}»?',
  'republication.updates.confirmApply': 'Aplicar y reemplazar',
  'republication.updates.appliedTo': '«{headline}» sigue ahora a su original.',
  'republication.updates.dismissedFor': '«{headline}» queda como está.',
  'republication.updates.bannerTitle': 'El original de esta copia cambió',
  'republication.updates.bannerMinor': 'El original de esta copia corrigió erratas',
  'republication.updates.bannerText': '«{headline}» se volvió a guardar en {edition}.',
  'republication.updates.applied': 'Aplicado: la copia sigue ahora a su original.',
  'republication.updates.dismissed': 'Descartado: la copia queda como está.',
  'republication.updates.saveFirst': 'No se hizo nada: primero no se pudieron guardar tus cambios.',
  'republication.updates.conflict':
    'Alguien guardó esta copia mientras tanto. Volvé a cargarla y probá de nuevo.',

  // El glosario
  'republication.glossary.title': 'Glosario',
  'republication.glossary.lede':
    'Traducciones acordadas de nombres, términos y consignas, para toda la red. Quienes traducen las ven junto al texto que traducen.',
  'republication.glossary.readOnly':
    'Podés leer el glosario. Lo mantienen las y los responsables de traducción y de administración: pediles que agreguen o cambien un término.',
  'republication.glossary.search': 'Buscar',
  'republication.glossary.from': 'Desde',
  'republication.glossary.into': 'Hacia',
  'republication.glossary.count': 'Términos: {count}',
  'republication.glossary.empty': 'El glosario todavía no tiene términos.',
  'republication.glossary.noMatch': 'Ningún término coincide.',
  'republication.glossary.caption': 'Términos del glosario con sus traducciones acordadas',
  'republication.glossary.pair': 'Idiomas',
  'republication.glossary.pairValue': '{from} → {into}',
  'republication.glossary.sourceLanguage': 'Desde el idioma',
  'republication.glossary.targetLanguage': 'Hacia el idioma',
  'republication.glossary.languagesHint':
    'Etiquetas de idioma como es o pt-BR: es abarca todo el español, es-AR solo el de Argentina.',
  'republication.glossary.sourceTerm': 'Término',
  'republication.glossary.targetTerm': 'Traducción acordada',
  'republication.glossary.targetTermKept': 'No hace falta: el término queda como está.',
  'republication.glossary.note': 'Nota para quienes traducen',
  'republication.glossary.noteHint': 'Por qué, o cómo usarlo.',
  'republication.glossary.caseSensitive': 'Respetar mayúsculas y minúsculas',
  'republication.glossary.caseSensitiveHint': '«Podemos» el partido, no «podemos» el verbo.',
  'republication.glossary.caseSensitiveShort': 'mayúsculas exactas',
  'republication.glossary.doNotTranslate': 'Dejarlo igual en todos los idiomas',
  'republication.glossary.doNotTranslateHint': 'Un nombre o una consigna que nunca se traduce.',
  'republication.glossary.keptAsIs': 'queda igual',
  'republication.glossary.add': 'Agregar un término',
  'republication.glossary.addButton': 'Agregar el término',
  'republication.glossary.added': '«{term}» está en el glosario.',
  'republication.glossary.saved': '«{term}» quedó guardado.',
  'republication.glossary.editTitle': 'Cambiar «{term}»',
  'republication.glossary.deleteTitle': '¿Borrar «{term}» del glosario?',
  'republication.glossary.deleteText': 'Quienes traducen ya no lo verán. No se puede deshacer.',
  'republication.glossary.deleteConfirm': 'Borrar el término',
  'republication.glossary.deleted': '«{term}» se borró.',

  // Ajustes de traducción automática
  'republication.mt.title': 'Traducción automática',
  'republication.mt.adminsOnly':
    'Solo quienes administran la red ven los ajustes de traducción automática.',
  'republication.mt.lede':
    'La traducción automática hace borradores para que quienes traducen los revisen; cada bloque hecho por la máquina queda marcado hasta que una persona lo revisa. Está apagada salvo que quien opera el servidor configure un servicio.',
  'republication.mt.state': 'Estado',
  'republication.mt.stateLabel': 'Traducción automática',
  'republication.mt.on': 'Encendida',
  'republication.mt.off': 'Apagada',
  'republication.mt.offText':
    'No hay ningún servicio configurado, así que la redacción no ofrece borradores automáticos.',
  'republication.mt.provider': 'Servicio',
  'republication.mt.configured': 'Configurada',
  'republication.mt.fromEnvironment': 'En el entorno del servidor',
  'republication.mt.languagesError': 'El servicio no dijo qué idiomas conoce: {message}',
  'republication.mt.languages': 'Idiomas del servicio ({count})',
  'republication.mt.languagesCaption': 'Idiomas que conoce el servicio de traducción automática',
  'republication.mt.code': 'Código',
  'republication.mt.name': 'Nombre',
  'republication.mt.how': 'Encenderla o apagarla',
  'republication.mt.howText':
    'No se puede cambiar desde la redacción: quien opera el servidor la configura en su entorno.',
  'republication.mt.varProvider':
    'libretranslate o deepl; sin valor, la traducción automática está apagada.',
  'republication.mt.varUrl':
    'La dirección del servidor de LibreTranslate (necesaria para LibreTranslate; opcional para DeepL).',
  'republication.mt.varKey':
    'La clave de la API (necesaria para DeepL; opcional para LibreTranslate).',
  'republication.mt.howRestart': 'Después hay que reiniciar Tribune para que el cambio valga.',
};
