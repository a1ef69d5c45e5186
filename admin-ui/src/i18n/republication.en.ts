/**
 * Strings of republication, corrections, source updates, the glossary and machine translation
 * settings (English).
 */
export const republicationEn = {
  'republication.nav.sourceUpdates': 'Source updates',
  'republication.nav.sourceUpdatesCount': 'Source updates ({count} to review)',
  'republication.nav.glossary': 'Glossary',
  'republication.nav.machineTranslation': 'Machine translation',

  // What kind of change an update of a published article is
  'republication.changeKind.title': 'This update',
  'republication.changeKind.legend': 'What kind of change is it?',
  'republication.changeKind.edit': 'Ordinary edit',
  'republication.changeKind.edit.hint':
    'Translators of this article are told their version may need the change.',
  'republication.changeKind.typo': 'Typo fix',
  'republication.changeKind.typo.hint':
    'Spelling or punctuation only: nobody is alerted, translations stay current.',
  'republication.changeKind.correction': 'Correction',
  'republication.changeKind.correction.hint':
    'A fact was wrong: translators are alerted, and a note can tell readers.',
  'republication.changeKind.note': 'Correction note for readers (optional)',
  'republication.changeKind.noteHint':
    'Shown under the article on every edition’s version of it, in this language.',
  'republication.changeKind.sentWith':
    'Said with the next “Update”, then back to an ordinary edit.',
  'republication.kind.edit': 'Edit',
  'republication.kind.typo': 'Typo fix',
  'republication.kind.correction': 'Correction',

  // Where a republished article comes from
  'republication.origin.title': 'Origin',
  'republication.origin.copyOf': 'Originally published in {edition}',
  'republication.origin.sisterEdition': 'a sister edition',
  'republication.origin.openOriginal': 'Open the original in the newsroom',
  'republication.origin.readOriginal': 'Read the original on {edition}',
  'republication.origin.upToDate':
    'The text follows the original (its revision {revision}). The credit line is added on the page.',
  'republication.origin.changed': 'The original changed since: see the notice above the text.',
  'republication.origin.dismissed':
    'The original changed, and this copy was kept as it is. A later change will be offered again.',
  'republication.origin.outsideOf': 'Republished from {publication}',
  'republication.origin.edit': 'Change the source',
  'republication.origin.editTitle': 'Where this text was first published',

  // A text from outside the network
  'republication.outside.new': 'New republication',
  'republication.outside.title': 'Republish a text from outside the network',
  'republication.outside.lede':
    'For a text first published elsewhere, with permission. Say where it comes from; the article page credits the publication and links to the original. The text itself is written in the editor next.',
  'republication.outside.headlineHint': 'You can change it later in the editor.',
  'republication.outside.legend': 'The original',
  'republication.outside.publication': 'Publication',
  'republication.outside.publicationHint':
    'The newspaper, magazine or site that published it first.',
  'republication.outside.url': 'Address of the original',
  'republication.outside.urlHint': 'Its full address, starting with https://',
  'republication.outside.language': 'Language of the original',
  'republication.outside.languageHint': 'A language tag such as es, en or pt-BR.',
  'republication.outside.publishedOn': 'Originally published on',
  'republication.outside.permission': 'Permission',
  'republication.outside.permissionHint':
    'Under what it is republished, as readers will see it: “Republished with the permission of …”, or the licence.',
  'republication.outside.submit': 'Create and open in the editor',
  'republication.outside.created': 'Created.',

  // Republishing a sister edition's article
  'republication.sisters.open': 'From sister editions',
  'republication.sisters.title': 'Republish from a sister edition',
  'republication.sisters.lede':
    'Published articles of the other editions that write in {language}. “Republish here” makes a copy on this edition as a draft, crediting the original, and opens it.',
  'republication.sisters.none': 'No other edition of the network writes in {language}.',
  'republication.sisters.search': 'Search their articles',
  'republication.sisters.edition': 'Edition',
  'republication.sisters.allEditions': 'All of them',
  'republication.sisters.found': 'Articles found: {count}',
  'republication.sisters.shown': 'Newest first, {count} shown',
  'republication.sisters.empty': 'No published article of these editions matches.',
  'republication.sisters.republish': 'Republish here',
  'republication.sisters.alreadyHere': 'Already on this edition: open it',
  'republication.sisters.more': 'Show more',

  // "Republish on…" in the editor
  'republication.republish.title': 'Republish on sister editions',
  'republication.republish.copies': 'Copies on sister editions: {count}',
  'republication.republish.noCopies': 'No sister edition has a copy yet.',
  'republication.republish.behind': '(made from an earlier revision)',
  'republication.republish.edition': 'Edition to republish on',
  'republication.republish.publishNow': 'Publish the copy at once',
  'republication.republish.publishHint': 'Otherwise it waits there as a draft.',
  'republication.republish.submit': 'Republish on {edition}',
  'republication.republish.nowhere':
    'None of your other editions in {language} is without this story.',
  'republication.republish.doneDraft': 'A copy is waiting as a draft on {edition}.',
  'republication.republish.donePublished': 'Republished on {edition}.',
  'republication.republish.openCopy': 'Open the copy',
  'republication.republish.openExisting': 'Open “{headline}”',

  // Source updates
  'republication.updates.title': 'Source updates',
  'republication.updates.lede':
    'Articles this edition republished from a sister edition, whose original changed since. Apply brings the copy’s text up to the original’s (a new revision of the copy; its slug, section, tags and social texts stay). Dismiss keeps the copy as it is until the original changes again.',
  'republication.updates.review': 'To review ({count})',
  'republication.updates.noneToReview':
    'No original has been edited or corrected since it was copied here.',
  'republication.updates.typos': 'Typo fixes ({count})',
  'republication.updates.typosHint':
    'The originals only fixed typos: nobody is alerted. Apply them when convenient.',
  'republication.updates.original': 'Original: “{headline}”, {edition}.',
  'republication.updates.saves': 'Saves of the original since the copy was made: {count}',
  'republication.updates.notes':
    'Correction notes of the original (readers of the copy see them already):',
  'republication.updates.show': 'Show the changes',
  'republication.updates.hide': 'Hide the changes',
  'republication.updates.apply': 'Apply',
  'republication.updates.dismiss': 'Dismiss',
  'republication.updates.diffTitle': 'What applying changes in this copy',
  'republication.updates.overwrites':
    'This copy’s text was changed here since it was made: applying replaces those changes with the original’s text.',
  'republication.updates.confirmTitle': 'Replace the text of “{headline}”?',
  'republication.updates.confirmApply': 'Apply and replace',
  'republication.updates.appliedTo': '“{headline}” now follows its original.',
  'republication.updates.dismissedFor': '“{headline}” stays as it is.',
  'republication.updates.bannerTitle': 'The original of this copy changed',
  'republication.updates.bannerMinor': 'The original of this copy fixed typos',
  'republication.updates.bannerText': '“{headline}” was saved again on {edition}.',
  'republication.updates.applied': 'Applied: the copy now follows its original.',
  'republication.updates.dismissed': 'Dismissed: the copy stays as it is.',
  'republication.updates.saveFirst': 'Nothing was done: your changes could not be saved first.',
  'republication.updates.conflict':
    'Someone saved this copy in the meantime. Reload it, then try again.',

  // The glossary
  'republication.glossary.title': 'Glossary',
  'republication.glossary.lede':
    'Agreed translations of names, terms and slogans, for the whole network. Translators see them next to the text they translate.',
  'republication.glossary.readOnly':
    'You can read the glossary. Translation managers and admins keep it: ask one of them to add or change a term.',
  'republication.glossary.search': 'Search',
  'republication.glossary.from': 'From',
  'republication.glossary.into': 'Into',
  'republication.glossary.count': 'Terms: {count}',
  'republication.glossary.empty': 'The glossary has no terms yet.',
  'republication.glossary.noMatch': 'No term matches.',
  'republication.glossary.caption': 'Glossary terms with their agreed translations',
  'republication.glossary.pair': 'Languages',
  'republication.glossary.pairValue': '{from} → {into}',
  'republication.glossary.sourceLanguage': 'From language',
  'republication.glossary.targetLanguage': 'Into language',
  'republication.glossary.languagesHint':
    'Language tags such as es or pt-BR: es covers every Spanish, es-AR only Argentina’s.',
  'republication.glossary.sourceTerm': 'Term',
  'republication.glossary.targetTerm': 'Agreed translation',
  'republication.glossary.targetTermKept': 'Not needed: the term stays as it is.',
  'republication.glossary.note': 'Note for translators',
  'republication.glossary.noteHint': 'Why, or how to use it.',
  'republication.glossary.caseSensitive': 'Match the exact capitals',
  'republication.glossary.caseSensitiveHint': '“Podemos” the party, not “podemos” the verb.',
  'republication.glossary.caseSensitiveShort': 'exact capitals',
  'republication.glossary.doNotTranslate': 'Keep it as it is in every language',
  'republication.glossary.doNotTranslateHint': 'A name or a slogan that is never translated.',
  'republication.glossary.keptAsIs': 'kept as it is',
  'republication.glossary.add': 'Add a term',
  'republication.glossary.addButton': 'Add the term',
  'republication.glossary.added': '“{term}” is in the glossary.',
  'republication.glossary.saved': '“{term}” is saved.',
  'republication.glossary.editTitle': 'Change “{term}”',
  'republication.glossary.deleteTitle': 'Delete “{term}” from the glossary?',
  'republication.glossary.deleteText': 'Translators will no longer see it. This cannot be undone.',
  'republication.glossary.deleteConfirm': 'Delete the term',
  'republication.glossary.deleted': '“{term}” was deleted.',

  // Machine translation settings
  'republication.mt.title': 'Machine translation',
  'republication.mt.adminsOnly': 'Only network admins see the machine translation settings.',
  'republication.mt.lede':
    'Machine translation drafts text for translators to revise; every machine-made block is marked until a person reviews it. It is off unless the operator configures a service.',
  'republication.mt.state': 'State',
  'republication.mt.stateLabel': 'Machine translation',
  'republication.mt.on': 'On',
  'republication.mt.off': 'Off',
  'republication.mt.offText': 'No service is configured, so the newsroom offers no machine drafts.',
  'republication.mt.provider': 'Service',
  'republication.mt.configured': 'Configured',
  'republication.mt.fromEnvironment': 'In the server’s environment',
  'republication.mt.languagesError': 'The service did not say which languages it knows: {message}',
  'republication.mt.languages': 'Languages of the service ({count})',
  'republication.mt.languagesCaption': 'Languages the machine translation service knows',
  'republication.mt.code': 'Code',
  'republication.mt.name': 'Name',
  'republication.mt.how': 'Switching it on or off',
  'republication.mt.howText':
    'This cannot be changed from the newsroom: the operator sets it in the server’s environment.',
  'republication.mt.varProvider': 'libretranslate or deepl; unset, machine translation is off.',
  'republication.mt.varUrl':
    'The address of the LibreTranslate server (needed for LibreTranslate; optional for DeepL).',
  'republication.mt.varKey': 'The API key (needed for DeepL; optional for LibreTranslate).',
  'republication.mt.howRestart': 'Then restart Tribune for the change to take effect.',
} as const;
