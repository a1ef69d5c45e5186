import type { DemoContent } from './types.ts';

/*
 * Demo content of the northern editions of Meridian: New York (en), Paris (fr) and Berlin (de).
 * Everything here was written for the demo; people, organisations, companies, unions and
 * publications are fictional.
 */

const BIG_BUCK_BUNNY = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ';

export const north: DemoContent = {
  contributors: [
    {
      key: 'naomi-brooks',
      kind: 'person',
      name: 'Naomi Brooks',
      title: {
        en: 'Labor reporter, New York',
        es: 'Periodista especializada en temas laborales, Nueva York',
      },
      bio: {
        en: 'Naomi Brooks covers unions, strikes and working conditions in New York for Meridian. Before that she spent eight years as a hospital clerk in the Bronx, where she was a shop steward.',
        es: 'Naomi Brooks cubre sindicatos, huelgas y condiciones de trabajo en Nueva York para Meridian. Antes trabajó ocho años como administrativa en un hospital del Bronx, donde fue delegada sindical.',
      },
      links: [
        { label: 'Website', url: 'https://naomibrooks.example' },
        { label: 'Mastodon', url: 'https://mastodon.example/@naomibrooks' },
      ],
      photo: true,
    },
    {
      key: 'sam-adeyemi',
      kind: 'person',
      name: 'Sam Adeyemi',
      title: { en: 'Columnist, New York' },
      bio: {
        en: 'Sam Adeyemi writes a weekly column on city politics, housing and transit for Meridian. He grew up in Flatbush and still rides the same bus line to work.',
      },
      links: [{ label: 'Bluesky', url: 'https://bsky.example/profile/samadeyemi' }],
      photo: true,
    },
    {
      key: 'priya-raman',
      kind: 'person',
      name: 'Priya Raman',
      title: { en: 'Reporter, New York' },
      bio: {
        en: 'Priya Raman is a reporter at Meridian covering work in the platform economy. She spent four months riding along with delivery workers for the series “Delivering the City.”',
      },
      links: [{ label: 'Website', url: 'https://priyaraman.example' }],
      photo: true,
    },
    {
      key: 'julien-marchand',
      kind: 'person',
      name: 'Julien Marchand',
      title: {
        fr: 'Journaliste politique, Paris',
        en: 'Political reporter, Paris',
        de: 'Politikreporter, Paris',
      },
      bio: {
        fr: 'Julien Marchand suit la vie politique et les mouvements sociaux pour Méridien. Il a couvert toutes les grandes mobilisations sur les retraites de ces quinze dernières années.',
        en: 'Julien Marchand covers politics and social movements in France for Méridien, Meridian’s Paris edition. He has reported on every major pensions mobilization of the past fifteen years.',
        de: 'Julien Marchand berichtet für Méridien, die Pariser Ausgabe von Meridian, über Politik und soziale Bewegungen in Frankreich. Er hat alle großen Rentenproteste der vergangenen fünfzehn Jahre begleitet.',
      },
      links: [{ label: 'Mastodon', url: 'https://mastodon.example/@jmarchand' }],
      photo: true,
    },
    {
      key: 'amelie-girard',
      kind: 'person',
      name: 'Amélie Girard',
      title: { fr: 'Critique de cinéma, Paris' },
      bio: {
        fr: 'Amélie Girard écrit sur le cinéma et la culture pour Méridien. Elle s’intéresse en particulier aux films qui montrent le travail et à ceux qui les font.',
      },
      links: [{ label: 'Site', url: 'https://ameliegirard.example' }],
      photo: true,
    },
    {
      key: 'lena-hoffmann',
      kind: 'person',
      name: 'Lena Hoffmann',
      title: { de: 'Reporterin, Berlin', en: 'Reporter, Berlin' },
      bio: {
        de: 'Lena Hoffmann berichtet für Meridian Deutschland über Mieten, Stadtpolitik und Arbeitskämpfe in Ostdeutschland. Sie lebt in Berlin-Wedding.',
        en: 'Lena Hoffmann reports on housing, city politics and labor disputes in eastern Germany for Meridian Deutschland, Meridian’s German edition. She lives in Berlin.',
      },
      links: [{ label: 'Website', url: 'https://lenahoffmann.example' }],
      photo: true,
    },
    {
      key: 'tobias-klein',
      kind: 'person',
      name: 'Tobias Klein',
      title: { de: 'Übersetzer, Berlin', fr: 'Traducteur, Berlin' },
      bio: {
        de: 'Tobias Klein übersetzt aus dem Französischen, vor allem Reportagen und Sachbücher zur Arbeitswelt. Für Meridian Deutschland überträgt er Texte der Pariser Schwesterzeitung.',
        fr: 'Tobias Klein traduit du français vers l’allemand, surtout des reportages et des essais sur le monde du travail. Il traduit pour Meridian Deutschland les articles de Méridien.',
      },
      links: [{ label: 'Website', url: 'https://tobiasklein.example' }],
      photo: true,
    },
    {
      key: 'owen-price',
      kind: 'person',
      name: 'Owen Price',
      title: {
        en: 'Translator, London',
        fr: 'Traducteur, Londres',
        de: 'Übersetzer, London',
      },
      bio: {
        en: 'Owen Price translates from French and German into English. A former port worker, he now works mostly on journalism and trade-union history.',
        fr: 'Owen Price traduit du français et de l’allemand vers l’anglais. Ancien docker, il se consacre aujourd’hui surtout au journalisme et à l’histoire syndicale.',
        de: 'Owen Price übersetzt aus dem Französischen und Deutschen ins Englische. Der frühere Hafenarbeiter widmet sich heute vor allem Journalismus und Gewerkschaftsgeschichte.',
      },
      links: [{ label: 'Website', url: 'https://owenprice.example' }],
      photo: true,
    },
    {
      key: 'sofia-bernal',
      kind: 'person',
      name: 'Sofía Bernal',
      title: { es: 'Traductora, Buenos Aires', en: 'Translator, Buenos Aires' },
      bio: {
        es: 'Sofía Bernal es traductora del inglés y docente en un instituto de formación de traductores. Traduce para Meridiano artículos de la edición de Nueva York.',
        en: 'Sofía Bernal translates from English into Spanish and teaches translation in Buenos Aires. She translates articles from Meridian’s New York edition for Meridiano.',
      },
      links: [{ label: 'Sitio web', url: 'https://sofiabernal.example' }],
      photo: true,
    },
    {
      key: 'eleanor-marsh',
      kind: 'person',
      name: 'Eleanor Marsh',
      title: { en: 'Essayist' },
      bio: {
        en: 'Eleanor Marsh is an essayist who writes about work, memory and the coast for The Harbour Review. Her father worked nights at the port for twenty-six years.',
      },
      links: [{ label: 'Website', url: 'https://eleanormarsh.example' }],
      photo: true,
    },
  ],

  images: [
    {
      key: 'us-hospital',
      scene: 'hospital',
      palette: 'dawn',
      seed: 412,
      alt: {
        en: 'Illustration: a city hospital building at dawn, with lit windows on every floor',
        es: 'Ilustración: el edificio de un hospital urbano al amanecer, con ventanas iluminadas en todos los pisos',
      },
      caption: {
        en: 'Nurses at Harlow Park Medical Center filed more than 3,000 written objections to unsafe assignments over the winter.',
        es: 'El personal de enfermería del Harlow Park Medical Center presentó durante el invierno más de 3.000 objeciones por escrito contra asignaciones inseguras.',
      },
      credit: 'Hana Okafor',
    },
    {
      key: 'us-bicycle',
      scene: 'bicycle',
      palette: 'night',
      seed: 7,
      alt: {
        en: 'Illustration: a delivery rider on an electric bike in a city street at night',
      },
      caption: {
        en: 'Most of New York’s app-based delivery workers now ride heavy electric bikes that they buy and maintain themselves.',
      },
      credit: 'Hana Okafor',
    },
    {
      key: 'us-city',
      scene: 'city',
      palette: 'dusk',
      seed: 23,
      alt: {
        en: 'Illustration: a row of apartment buildings and storefronts at dusk',
      },
      caption: {
        en: 'Many riders live in basement apartments where charging a battery safely is hard.',
      },
      credit: 'Hana Okafor',
    },
    {
      key: 'us-crowd',
      scene: 'crowd',
      palette: 'red',
      seed: 58,
      alt: {
        en: 'Illustration: a crowd of people with raised signs in front of a public building',
      },
      caption: {
        en: 'Delivery workers rallied on the steps of City Hall in May to demand the right to see how their pay is calculated.',
      },
      credit: 'Studio Ferris',
    },
    {
      key: 'us-port',
      scene: 'port',
      palette: 'night',
      seed: 19,
      alt: {
        en: 'Illustration: container cranes over a harbour at night, lit by orange lamps',
      },
      caption: {
        en: 'On a container terminal, the cranes move at four in the morning the way they move at noon.',
      },
      credit: 'Studio Ferris',
    },
    {
      key: 'fr-crowd',
      scene: 'crowd',
      palette: 'day',
      seed: 64,
      alt: {
        fr: 'Illustration : une foule de manifestants avec des banderoles sur une grande place',
        en: 'Illustration: a crowd of protesters with banners on a large city square',
        de: 'Illustration: eine Menschenmenge mit Transparenten auf einem großen Platz',
      },
      caption: {
        fr: 'Le cortège parisien a mis plus de quatre heures à rejoindre la place de la Nation.',
        en: 'The Paris march took more than four hours to reach the Place de la Nation.',
        de: 'Der Pariser Demonstrationszug brauchte mehr als vier Stunden bis zur Place de la Nation.',
      },
      credit: 'Atelier Méridien',
    },
    {
      key: 'fr-cinema',
      scene: 'cinema',
      palette: 'night',
      seed: 31,
      alt: {
        fr: 'Illustration : une salle de cinéma plongée dans le noir, face à un écran lumineux',
      },
      caption: {
        fr: '« Les Veilleurs » suit pendant une saison une équipe de nuit dans un entrepôt logistique du Nord.',
      },
      credit: 'Atelier Méridien',
    },
    {
      key: 'fr-train',
      scene: 'train',
      palette: 'dawn',
      seed: 12,
      alt: {
        fr: 'Illustration : un train régional à quai dans une gare au petit matin',
      },
      caption: {
        fr: 'Pour le deuxième jour consécutif, un train régional sur trois seulement a circulé en Normandie, selon la direction.',
      },
      credit: 'Atelier Méridien',
    },
    {
      key: 'de-houses',
      scene: 'houses',
      palette: 'ochre',
      seed: 45,
      alt: {
        de: 'Illustration: eine Reihe von Berliner Altbauten mit Balkonen in der Nachmittagssonne',
        en: 'Illustration: a row of old Berlin apartment buildings with balconies in the afternoon sun',
      },
      caption: {
        de: 'Rund 2.500 Freiwillige sammeln in ganz Berlin Unterschriften für das Volksbegehren.',
        en: 'Some 2,500 volunteers are collecting signatures for the petition across Berlin.',
      },
      credit: 'Studio Nordlicht',
    },
    {
      key: 'de-factory',
      scene: 'factory',
      palette: 'night',
      seed: 88,
      alt: {
        de: 'Illustration: eine hell erleuchtete Lagerhalle an einer Autobahn bei Nacht',
      },
      caption: {
        de: 'Etwa ein Drittel der rund 900 Beschäftigten im Verteilzentrum arbeitet nachts.',
      },
      credit: 'Studio Nordlicht',
    },
  ],

  series: [
    {
      key: 'delivering-the-city',
      site: 'en',
      slug: 'delivering-the-city',
      title: 'Delivering the City',
      description:
        'A three-part investigation into app-based delivery work in New York: the riders and their bikes, the algorithms that set their pay, and the people organizing to change both.',
    },
  ],

  articles: [
    // 1. New York nurses (original, en)
    {
      key: 'ny-nurses-contract',
      site: 'en',
      slug: 'bronx-nurses-win-safe-staffing-contract',
      section: 'labor',
      kicker: 'Health care',
      headline: 'Bronx nurses win safe-staffing ratios after a 97 percent strike vote',
      dek: 'Days before a walkout was due to begin, Harlow Park Medical Center agreed to enforceable nurse-to-patient ratios in every unit, backed by penalties and new hiring.',
      authors: ['naomi-brooks'],
      tags: ['Health care', 'Unions'],
      lead: 'us-hospital',
      publishedHoursAgo: 20,
      body: [
        'The nurses of Harlow Park Medical Center had already printed the picket signs. They were stacked in a church basement off the Grand Concourse when the bargaining committee got the call, just after two o’clock on Saturday morning: the hospital would put staffing ratios in writing, unit by unit, and pay a penalty every shift it broke them.',
        'The tentative agreement, which members of the United Health Workers Guild, Local 412, will vote on this week, ends a fourteen-month fight at the 600-bed hospital in the South Bronx. It came three days after 97 percent of the 1,850 nurses who cast ballots authorized a strike, and five days before the walkout was due to begin.',
        {
          quote:
            'I have had nights with seven patients on a cardiac floor. You stop being a nurse and start being a traffic controller. This contract means I go home knowing I saw every one of them.',
          cite: 'Marisol Ortega, a nurse on the cardiac step-down unit for eleven years',
        },
        { h: 'Numbers on paper, and a price for breaking them' },
        'Nurses have complained for years that staffing plans at Harlow Park existed only on paper. The new agreement is different, the union says, because it can be enforced: when a unit runs short, the hospital must close beds, call in extra staff or pay a premium to the nurses on that shift, and disputes go to a neutral arbitrator within thirty days instead of to a joint committee that, as one delegate put it, “met twice a year to agree to disagree.” The agreement includes:',
        {
          list: [
            'Fixed nurse-to-patient ratios: one to two in intensive care, one to three in the emergency department and step-down units, one to four on medical-surgical floors',
            'A 150 percent pay premium for every nurse on a shift that breaks the ratios, paid with the next paycheck',
            'At least 240 new full-time nursing positions within eighteen months, with the union entitled to check the postings',
            'Raises totaling 19 percent over three years, and an end to mandatory overtime except in declared emergencies',
            'A joint committee on workplace violence with the power to require security staff on a unit',
          ],
        },
        'Management argued through the spring that fixed ratios would force the hospital to turn ambulances away. In a statement on Saturday, a spokesperson for the Harlow Park Health System called the deal “a fair agreement that lets us recruit and keep the nurses our patients depend on,” and said the hospital would begin posting positions this month.',
        {
          pullquote:
            'We didn’t win this in the meeting room. We won it in the hallways, one nurse at a time.',
          attribution: 'Dwayne Reed, union delegate',
        },
        'Dwayne Reed, an emergency nurse and union delegate who sat on the bargaining committee, said the turning point came in October, when nurses began filing a written <em>protest of assignment</em> every time they were handed more patients than they could safely care for. Over the winter they filed more than 3,000. “Every one of those forms was a nurse saying, on the record, that this is not safe,” Reed said. “At some point the hospital’s lawyers started reading them too.”',
        'Neighbors noticed. At a <a href="https://meridian.example/en/labor/harlow-park-hearing">packed community meeting</a> in February, patients and their families described waiting eleven hours in the emergency room. Carmen Lugo, who lives four blocks from the hospital, said she came because of her mother. “The nurses were running. Nobody had time to sit with her,” she said. “I didn’t blame them. I blamed whoever decided there should be so few of them.”',
        'Members vote on the agreement on Thursday and Friday. Nurses at two other Bronx hospitals, whose contracts expire in the fall, have already asked the guild for copies of the staffing language. The full text of the tentative agreement is posted on the <a href="https://local412.example/harlow-park-agreement">union’s website</a>.',
      ],
    },

    // 2. Translation of 1 into Spanish (Argentina)
    {
      key: 'enfermeras-nueva-york',
      site: 'es-ar',
      slug: 'enfermeras-del-bronx-conquistan-convenio-con-dotacion-minima',
      section: 'internacional',
      kicker: 'Estados Unidos',
      headline:
        'Las enfermeras del Bronx conquistan un convenio con dotación mínima tras votar la huelga con el 97 %',
      dek: 'Días antes de la fecha fijada para el paro, el Harlow Park Medical Center aceptó relaciones de pacientes por enfermera exigibles en todas las salas, con penalidades y nuevas contrataciones.',
      authors: ['naomi-brooks'],
      translators: ['sofia-bernal'],
      origin: { translationOf: 'ny-nurses-contract' },
      tags: ['Salud', 'Sindicatos'],
      lead: 'us-hospital',
      publishedHoursAgo: 10,
      body: [
        'Las enfermeras y los enfermeros del Harlow Park Medical Center ya tenían impresos los carteles para el piquete. Estaban apilados en el sótano de una iglesia cerca del Grand Concourse cuando la comisión negociadora recibió el llamado, pasadas las dos de la madrugada del sábado: el hospital aceptaba poner por escrito la dotación mínima, sala por sala, y pagar una penalidad por cada turno en que no la cumpliera.',
        'El preacuerdo, que los afiliados del United Health Workers Guild, seccional 412, votarán esta semana, pone fin a un conflicto de catorce meses en este hospital de 600 camas del sur del Bronx. Llegó tres días después de que el 97 % de las 1.850 enfermeras y enfermeros que votaron autorizara la huelga, y cinco días antes de la fecha fijada para el paro.',
        {
          quote:
            'Tuve noches con siete pacientes en un piso de cardiología. Dejás de ser enfermera y pasás a ser controladora de tránsito. Este convenio significa que me voy a casa sabiendo que los vi a todos.',
          cite: 'Marisol Ortega, enfermera de la unidad de cuidados intermedios cardiológicos desde hace once años',
        },
        { h: 'Números por escrito, y un costo por incumplirlos' },
        'Desde hace años, el personal de enfermería se queja de que los planes de dotación de Harlow Park existían solo en los papeles. El nuevo acuerdo es distinto, dice el sindicato, porque se puede hacer cumplir: cuando a una sala le falta personal, el hospital debe cerrar camas, convocar refuerzos o pagar un plus a quienes trabajen en ese turno, y los conflictos pasan a un árbitro neutral en un plazo de treinta días, en lugar de a una comisión mixta que, en palabras de un delegado, “se reunía dos veces por año para coincidir en que no coincidían”. El acuerdo incluye:',
        {
          list: [
            'Relaciones fijas de pacientes por enfermera o enfermero: dos en terapia intensiva, tres en la guardia y en cuidados intermedios, cuatro en las salas de clínica y cirugía',
            'Un plus del 150 % para cada enfermera o enfermero de un turno en que no se respeten esas relaciones, pagado con el sueldo siguiente',
            'Al menos 240 nuevos puestos de enfermería de tiempo completo en dieciocho meses, con derecho del sindicato a controlar las convocatorias',
            'Aumentos del 19 % en tres años y el fin de las horas extra obligatorias, salvo en emergencias declaradas',
            'Una comisión mixta sobre violencia laboral con facultades para exigir personal de seguridad en una sala',
          ],
        },
        'Durante toda la primavera, la dirección sostuvo que las relaciones fijas obligarían al hospital a rechazar ambulancias. En un comunicado difundido el sábado, un vocero del Harlow Park Health System calificó el convenio como “un acuerdo justo que nos permite contratar y retener a las enfermeras de las que dependen nuestros pacientes”, y dijo que el hospital empezará a publicar las vacantes este mes.',
        {
          pullquote:
            'Esto no lo ganamos en la sala de reuniones. Lo ganamos en los pasillos, enfermera por enfermera.',
          attribution: 'Dwayne Reed, delegado sindical',
        },
        'Dwayne Reed, enfermero de guardia y delegado sindical que integró la comisión negociadora, dijo que el punto de inflexión llegó en octubre, cuando el personal empezó a presentar una <em>objeción de asignación</em> por escrito cada vez que le asignaban más pacientes de los que podía atender con seguridad. Durante el invierno presentaron más de 3.000. “Cada uno de esos formularios era una enfermera diciendo, por escrito, que esto no es seguro”, dijo Reed. “En algún momento, los abogados del hospital también empezaron a leerlos”.',
        'El barrio lo notó. En una <a href="https://meridian.example/en/labor/harlow-park-hearing">reunión vecinal colmada</a> en febrero, pacientes y familiares contaron que habían esperado once horas en la guardia. Carmen Lugo, que vive a cuatro cuadras del hospital, dijo que fue por su madre. “Las enfermeras corrían. Nadie tenía tiempo de sentarse con ella”, contó. “No las culpaba a ellas. Culpaba a quien decidió que fueran tan pocas”.',
        'Los afiliados votarán el acuerdo el jueves y el viernes. El personal de enfermería de otros dos hospitales del Bronx, cuyos convenios vencen en el otoño boreal, ya le pidió al sindicato copias de las cláusulas de dotación. El texto completo del preacuerdo está publicado en el <a href="https://local412.example/harlow-park-agreement">sitio del sindicato</a> (en inglés).',
      ],
    },

    // 3.–5. The series "Delivering the City"
    {
      key: 'delivering-the-city-1',
      site: 'en',
      slug: 'the-riders-and-their-bikes',
      section: 'labor',
      headline: 'The riders who carry New York’s dinners, and the bikes that carry them',
      dek: 'In the first part of our series, delivery workers describe the machines their living depends on: heavy e-bikes, rented batteries and the constant fear of theft.',
      authors: ['priya-raman'],
      series: { key: 'delivering-the-city', position: 1 },
      tags: ['Delivery workers', 'Gig economy'],
      lead: 'us-bicycle',
      publishedHoursAgo: 200,
      body: [
        'At a quarter to six on a Tuesday evening, the sidewalk outside a pizzeria on Amsterdam Avenue looks like a pit stop. Eight bikes lean against the railings. Riders check the phones clipped to their handlebars, swap batteries, wipe rain off their screens. Within twenty minutes every one of them will be gone, and eight more will have taken their place.',
        'There are tens of thousands of app-based delivery workers in New York — nobody, including the city, knows exactly how many — and most of them now work on electric bikes. Over four months, Meridian spoke with more than forty of them, in Manhattan, Queens and the Bronx, for this series about the work that keeps the city fed.',
        'Joaquín Vera, 34, came from Puebla, Mexico, eight years ago. His first bike was a pedal bike he bought for $60. Now he rides a 70-pound e-bike that cost him $2,100, paid off over six months. “The bike is the job,” he said. “If the bike is gone, I don’t eat that week, and my kids in Puebla don’t either.”',
        { h: 'A second battery, a second shift' },
        'A battery lasts about 40 miles, riders say, fewer in the cold. A full day of work can be twice that, so many riders carry a second battery in a backpack or pay to swap one at a shop. Mamadou Sow, who rides in Midtown twelve hours a day, six days a week, spends about $40 a week renting spare batteries. “People think we are fast because we are in a hurry,” he said. “We are fast because the battery is dying.”',
        'Cheap batteries are also dangerous. Several riders described chargers that melted, and one, who asked not to be named because he lives in a basement apartment his landlord does not know about, showed us a scorched patch of floor where a battery caught fire last winter. He now charges it on the fire escape.',
        { image: 'us-city' },
        'Then there is theft. Almost every rider we interviewed had lost a bike or a battery, or knew someone who had. Lin Wei, who delivers in Flushing, was pulled off his bike at a red light in March. He rode a borrowed one for three weeks until he could afford another. Riders now travel in pairs late at night, and several WhatsApp groups track stolen bikes across the boroughs.',
        'Nobody reimburses any of it. The apps — FastFork, Trayline and a handful of smaller ones — classify riders as independent contractors, so the bike, the batteries, the phone, the data plan, the rain gear and the repairs are theirs to pay for. A spokesperson for FastFork said the company offers “discounts on equipment through our partners” and takes rider safety “extremely seriously.”',
        'Vera laughs at that. He shows us his hands, cracked from the winter. “They know everything about me: where I am, how fast I ride, how long I wait at the restaurant,” he said. “But the bike, the rain, the cold — that is my problem.”',
        '<em>Next week: how the apps decide what a delivery is worth, and why riders say the answer keeps changing.</em>',
      ],
    },
    {
      key: 'delivering-the-city-2',
      site: 'en',
      slug: 'the-algorithm-and-the-pay',
      section: 'labor',
      headline: 'Inside the black box: how the apps decide what a delivery is worth',
      dek: 'Riders are paid by formulas they cannot see and that change without notice. We tracked a week of orders to find out what the work really pays.',
      authors: ['priya-raman'],
      series: { key: 'delivering-the-city', position: 2 },
      tags: ['Delivery workers', 'Gig economy'],
      publishedHoursAgo: 150,
      body: [
        'Every offer arrives the same way: a chime, a map, a number. $4.80 for 2.1 miles. $7.25 for 3.4 miles with a second stop. The rider has about fifteen seconds to accept. What the number does not say is how it was calculated, and riders have learned not to expect it to mean the same thing next week.',
        'For this second part of our series, six riders shared their complete order histories for one week in April with Meridian. Together they logged 412 deliveries over 268 hours signed in to the apps, including the time spent waiting for the next order to arrive.',
        { h: 'How an order reaches a rider' },
        'Based on the riders’ screenshots, the companies’ help pages and interviews with two former employees of Trayline, this is roughly what happens between a customer tapping “order” and a rider’s phone chiming:',
        {
          ordered: true,
          list: [
            'The app estimates how long the restaurant will take to prepare the food.',
            'It ranks nearby riders by distance, direction of travel and their recent acceptance rate.',
            'It calculates a base offer from the estimated distance and time, then adds or removes “adjustments” for demand, weather and the customer’s tip.',
            'It sends the offer to one rider at a time; if that rider declines, the next one may see a different amount.',
            'After the delivery, the final pay can still change if the route turns out shorter than estimated or the customer edits the tip.',
          ],
        },
        'The former employees, who spoke on condition of anonymity because they signed confidentiality agreements, said the formulas are adjusted constantly through tests on small groups of riders. “You might be in an experiment for two weeks and never know it,” one said.',
        { h: 'What the week paid' },
        'Across the six riders, gross pay from the apps, tips included, averaged $21.40 for every hour signed in. But that is before expenses. After batteries, repairs, phone plans and the bikes themselves, spread over a year, we estimate that the riders kept between $15 and $17 an hour, with no paid sick days, no overtime and no employer contribution to a pension.',
        'Acceptance rates were what riders worried about most. Several said that when they turned down badly paid orders, they seemed to receive fewer offers for hours afterwards. The companies deny it. “Couriers are free to accept or decline any offer without penalty,” a Trayline spokesperson wrote in an email.',
        'Yesenia Pardo, who delivers in Jackson Heights, does not believe it. “I tried it for a week. I said no to everything under five dollars. By Thursday the phone was quiet,” she said. “You tell me that’s freedom.”',
        {
          video: BIG_BUCK_BUNNY,
          title: 'Big Buck Bunny (placeholder video)',
          caption:
            'Placeholder video for the demo: Big Buck Bunny, © Blender Foundation, CC BY 3.0. It stands in for a video report and has nothing to do with this article.',
        },
        '<em>Next week, in the final part of the series: the riders who have started to organize, and what they are asking the city for.</em>',
      ],
    },
    {
      key: 'delivering-the-city-3',
      site: 'en',
      slug: 'the-riders-organize',
      section: 'labor',
      headline: '“We are not invisible”: New York’s delivery riders start to organize',
      dek: 'From a parking lot in the Bronx to the steps of City Hall, riders are building an association of their own, and asking for rules the apps cannot rewrite overnight.',
      authors: ['priya-raman'],
      series: { key: 'delivering-the-city', position: 3 },
      tags: ['Delivery workers', 'Gig economy', 'Unions'],
      lead: 'us-crowd',
      publishedHoursAgo: 100,
      body: [
        'The first meeting of the Five Boroughs Riders Assembly took place in a parking lot behind a laundromat in the Bronx, at eleven at night, because that was the only hour when nobody was working. Nineteen riders came. Eighteen months later, the assembly says it has more than 3,000 members, dues of $5 a month and a rented storefront in Sunset Park where riders can charge batteries safely, use a bathroom and sit down.',
        {
          quote:
            'The restaurants would not let us use the bathroom. That was the first thing that made people angry enough to come. Not the pay — the bathroom. It is about being treated like a person.',
          cite: 'Rosa Itzel Campos, one of the assembly’s founders',
        },
        'Organizing workers who have no shared workplace, no fixed hours and no common employer is hard. The assembly’s answer has been to meet riders where they already are: at the pickup points outside busy restaurants, in the WhatsApp groups that track stolen bikes, at the repair shops. Volunteers hand out flyers in Spanish, French, Bengali, Mandarin and Fula.',
        'Mamadou Sow, whom we met in the first part of this series, joined after the assembly helped him recover $340 in pay that an app had withheld after a dispute with a customer. “Alone, you send an email and a robot answers,” he said. “With three thousand people, somebody calls you back.”',
        { h: 'What the riders want' },
        'The assembly’s demands are practical. Riders want the city to enforce, and raise, the minimum pay rate it set for app delivery workers, and to count the time they spend waiting between orders. They want safe charging stations in every borough and access to restaurant bathrooms written into law. And the demand that drew the loudest cheers at a rally on the steps of City Hall in May: the right to see how their pay is calculated.',
        {
          quote:
            'If a formula decides whether I can pay my rent, I have a right to read the formula.',
          cite: 'Yesenia Pardo, delivery worker, Jackson Heights',
        },
        'The companies say they already meet or exceed the city’s requirements. FastFork said in a statement that it “supports flexible work and constructive dialogue with couriers.” Trayline did not respond to questions about pay transparency.',
        'The riders are testing what an organization can do for workers whom the law does not recognize as employees. They cannot bargain a contract. But they can pressure the city, and the city can pressure the apps. “This is how a lot of unions started,” said Andrea Kowalczyk, who teaches labor law in Brooklyn and has advised the assembly without pay. “Before there was a law to recognize them, there was a group of people who decided to act as if there were.”',
        'Back in the parking lot where it all started, the assembly now holds a barbecue once a month. Joaquín Vera was there in June, with a new bike and a spare battery he charges at the storefront. “Four years ago I thought nobody would ever listen to us,” he said. “Now the council invites us to testify. We are not invisible anymore. We just have to keep riding together.”',
      ],
    },

    // 6. Republication of an essay from an outside magazine
    {
      key: 'the-long-shift',
      site: 'en',
      slug: 'the-long-shift',
      section: 'culture',
      kicker: 'Essay',
      headline: 'The Long Shift',
      dek: 'A night on the container terminal, where the work never stops and the people who do it are almost never seen.',
      authors: ['eleanor-marsh'],
      origin: {
        outside: {
          publication: 'The Harbour Review',
          url: 'https://harbourreview.example/essays/the-long-shift',
          language: 'en',
          publishedOn: '2019-05-14',
          permission: 'Republished with the permission of the author and The Harbour Review.',
        },
      },
      tags: ['Essay', 'Ports'],
      lead: 'us-port',
      publishedHoursAgo: 300,
      body: [
        'My father worked nights on the harbour for twenty-six years, and for most of my childhood I believed the port was a place that existed only in the dark. He left at nine, when I was being put to bed, and came back at seven, smelling of diesel and cold rope, and slept through the afternoon with the curtains pinned shut. The port, to me, was the glow on the horizon from my bedroom window: a second city of orange light, awake when ours was not.',
        'When I finally went there as an adult, to spend a night with the crane operators and lashers on the container terminal, I found that I had been right. The port does exist in the dark, or rather it refuses the difference between dark and day altogether. A ship that is late costs money by the hour. So the cranes move at four in the morning the way they move at noon, and the people underneath them move too.',
        'Dolores, who has driven a straddle carrier for nineteen years, told me the hardest hour is not midnight but five, when the body insists it is time to sleep and the sky has not yet agreed. “You learn to talk to yourself,” she said. “Out loud. Nobody can hear you over the engines, so it’s the most private place in the world.”',
        { divider: true },
        'We speak of the night shift as if it were a timetable. It is more like a country with its own customs: breakfast at two in the morning, conversations conducted entirely by radio, friendships with people whose faces you have only ever seen under sodium lamps. Its citizens are paid a premium for living there, and they pay for it in other currencies — in missed birthdays, in the slow erosion of sleep, in a particular tiredness that the medical literature describes at length and that my father simply called <em>the fog</em>.',
        'What struck me most was how little of this the rest of us ever see. Everything in my kitchen came through a port at some point, most likely at night: the bananas, the kettle, the phone on which I am writing this. We consume the night shift constantly, and we almost never look at it.',
        'At seven the relief arrives. Dolores climbs down from her cab, stretches, and looks east, where the sky over the cranes has gone the colour of weak tea. “This is the good part,” she said. “Everybody else is just waking up, and we’re done. For ten minutes you feel like you own the city.” Then she went home to sleep through the afternoon, with the curtains pinned shut.',
      ],
    },

    // 7. A brief without a byline
    {
      key: 'city-council-budget-brief',
      site: 'en',
      slug: 'council-budget-deal-restores-library-hours',
      section: 'politics',
      headline:
        'Council budget deal restores seven-day library service and cancels sanitation cuts',
      dek: 'The agreement, reached late Monday, still leaves the city’s public colleges short of what their unions say they need.',
      authors: [],
      tags: ['City budget'],
      publishedHoursAgo: 5,
      body: [
        'The City Council and the mayor’s office reached a budget agreement late Monday that restores seven-day service at neighborhood libraries and reverses planned cuts to sanitation and composting, according to a summary circulated to council members. The deal adds money for 300 school social workers but keeps a hiring freeze at the city’s public colleges in place, which faculty and staff unions had made their first priority.',
        '“Libraries open on Sunday is a real win, and it was won by the people who packed the hearings,” said Tanisha Morrow, a branch librarian and union delegate who testified in May. The council is expected to vote on the budget before the end of the week. <a href="https://meridian.example/en/politics/city-budget">Follow our coverage of the city budget</a>.',
      ],
    },

    // 8. An opinion column with two authors
    {
      key: 'why-we-need-a-labor-party',
      site: 'en',
      slug: 'why-we-need-a-labor-party',
      section: 'opinion',
      headline: 'Why we need a labor party',
      dek: 'Unions keep winning strikes and then lending their strength to politicians who owe them nothing. Working people need a party that answers to them.',
      authors: ['naomi-brooks', 'sam-adeyemi'],
      tags: ['Unions', 'Elections'],
      publishedHoursAgo: 30,
      body: [
        'This year nurses in the Bronx won safe staffing, delivery riders forced the city to listen, and building workers in three boroughs signed contracts that would have seemed out of reach five years ago. On the picket line, the labor movement is stronger than it has been in a generation. In politics, it is still a guest at someone else’s table.',
        'Every election follows the same script. Unions raise money, knock on doors and turn out their members for candidates who praise working people in the fall and then, once in office, explain why safe-staffing laws, rent relief or free buses will have to wait. When the bills come due, the donors who paid for the television ads are served first.',
        'We have both spent years watching that script play out, one of us on the labor beat and the other writing about City Hall. We have come to believe that the problem is not a shortage of good candidates. It is that the labor movement has no political home of its own, and so no way to hold anyone to account.',
        { h: 'What a party would change' },
        'A labor party would not be a brand or a caucus. It would be an organization in which union members, tenants and workers without a union choose the candidates, write the platform and decide together who gets their money and their votes. Its elected officials would answer to a membership, not to a consultant.',
        {
          pullquote:
            'A movement that can shut down a hospital should be able to write its own platform.',
        },
        'Skeptics will say that the American system punishes new parties, and they are right. Winner-take-all elections make it hard to break through without splitting the vote. But there are ways to begin: running on a separate ballot line where the law allows it, contesting local races and primaries as an organized bloc, and building a membership that exists between elections, not only during them.',
        'A party also changes what unions can demand. Today a union that endorses a candidate who later betrays it has two options: grumble, or endorse them again. A union that belongs to a party with its own ballot line has a third: run someone else.',
        'None of this will happen quickly. But the nurses in the Bronx did not win their contract quickly either. They won it by filing thousands of forms, one shift at a time, until the hospital could no longer ignore them. That patience, and that organization, is exactly what a party needs. The question is whether the labor movement is ready to spend some of its new strength building one.',
        '<em>Naomi Brooks covers labor for Meridian. Sam Adeyemi writes a column on city politics. Disagree? <a href="https://meridian.example/en/letters">Write to us</a>.</em>',
      ],
    },

    // 9. A draft
    {
      key: 'transit-fares-draft',
      site: 'en',
      slug: 'the-fare-is-a-tax-on-working-people',
      section: 'politics',
      headline: 'The fare is a tax on the people who keep the city running',
      dek: 'A fare increase is back on the table. There is a fairer way to pay for the subway and the buses.',
      authors: ['sam-adeyemi'],
      status: 'draft',
      publishedHoursAgo: 0,
      body: [
        'The transit authority wants to raise the fare again next year, and the argument will sound familiar: the system needs money, and riders must pay their share.',
        'But riders already pay. The home health aide who takes two buses to reach a client, the line cook riding home at one in the morning, the student crossing two boroughs to get to class: they pay every day, out of the smallest paychecks in the city, and every increase takes a bigger bite from them than from anyone else.',
        { h: 'Free buses first' },
        'There is a better way to fund transit: a payroll tax on the largest employers, whose businesses could not open without the workers the trains bring in each morning. Start by making the buses free, then phase out the fare on the subway. [Add figures from the board’s budget presentation before publishing.]',
      ],
    },

    // 10. Paris pension protests (original, fr)
    {
      key: 'retraites-manifestation-paris',
      site: 'fr',
      slug: 'retraites-maree-humaine-de-republique-a-nation',
      section: 'politique',
      kicker: 'Retraites',
      headline: 'Retraites : une marée humaine de République à Nation contre le projet de loi',
      dek: 'Pour la troisième journée de mobilisation, syndicats, étudiants et retraités ont défilé à Paris contre le report de l’âge de départ à 65 ans. Le gouvernement maintient son calendrier.',
      authors: ['julien-marchand'],
      tags: ['Retraites', 'Manifestations'],
      lead: 'fr-crowd',
      publishedHoursAgo: 80,
      body: [
        'Il était à peine 14 heures et la place de la République était déjà noire de monde. Sous un ciel bas, des chasubles de toutes les couleurs, des fanfares, des poussettes et des banderoles faites main : pour la troisième journée de mobilisation contre le projet de loi sur « l’équilibre des régimes de retraite », le cortège parisien a mis plus de quatre heures à rejoindre la place de la Nation.',
        'Selon l’intersyndicale, 320 000 personnes ont défilé à Paris, et plus d’un million et demi dans toute la France. La préfecture de police en a compté 74 000 dans la capitale. Quel que soit le chiffre retenu, la mobilisation de jeudi a dépassé celle des deux journées précédentes, et les syndicats ont annoncé dans la soirée une nouvelle date, le 28.',
        { h: '« Je ne tiendrai pas jusqu’à 65 ans »' },
        'Dans le cortège, l’usure au travail était dans toutes les bouches. Nadia Belkacem, 54 ans, est aide-soignante dans un Ehpad de Seine-Saint-Denis depuis vingt-deux ans.',
        {
          quote:
            'Je soulève des gens toute la journée. J’ai déjà deux hernies discales. Et on me demande de tenir trois ans de plus ? Que les ministres viennent faire une nuit avec nous, et on en reparlera.',
          cite: 'Nadia Belkacem, aide-soignante',
        },
        'Un peu plus loin, Hervé Lemoine, cheminot retraité, était venu avec sa petite-fille, lycéenne. « J’ai fait toutes les grandes grèves depuis trente ans, et me revoilà », sourit-il. « Mais ce qui me frappe cette fois, ce sont les jeunes. Ils ont compris que c’est leur retraite à eux qu’on est en train de raboter. »',
        'Ce que contient le projet de loi, présenté en Conseil des ministres le mois dernier :',
        {
          list: [
            'le report progressif de l’âge légal de départ à 65 ans ;',
            'l’allongement de la durée de cotisation exigée pour une pension à taux plein, portée à 44 années ;',
            'la fermeture de trois régimes spéciaux aux nouveaux embauchés ;',
            'une revalorisation annuelle des pensions plafonnée en dessous de l’inflation les années où le système est en déficit.',
          ],
        },
        'Jeudi soir, le ministre du Travail a répété que la réforme était « indispensable pour sauver le système par répartition » et qu’elle serait examinée comme prévu à l’Assemblée nationale dans quinze jours. Les syndicats réclament son retrait pur et simple, et plusieurs fédérations – de l’énergie, des ports et du rail – évoquent des grèves reconductibles.',
        {
          quote: 'On ne demande pas la lune. On demande de pouvoir s’arrêter avant d’être cassés.',
          cite: 'Sabrina Coulibaly, secrétaire parisienne de la Fédération unitaire du travail',
        },
        'En fin de journée, place de la Nation, des heurts ont opposé des groupes de manifestants aux forces de l’ordre ; la préfecture a fait état de 23 interpellations. Mais l’image qui restera de ce jeudi est celle d’un cortège immense et familial, qui a mis des heures à se disperser – et qui promet de revenir.',
      ],
    },

    // 11. Translation of 10 into English
    {
      key: 'paris-pension-protests',
      site: 'en',
      slug: 'paris-pension-protests-republique-to-nation',
      section: 'world',
      kicker: 'France',
      headline: 'Pensions: a human tide from République to Nation against the bill',
      dek: 'On the third day of action, unions, students and retirees marched through Paris against raising the retirement age to 65. The government is sticking to its timetable.',
      authors: ['julien-marchand'],
      translators: ['owen-price'],
      origin: { translationOf: 'retraites-manifestation-paris' },
      tags: ['Pensions', 'Protests'],
      lead: 'fr-crowd',
      publishedHoursAgo: 60,
      body: [
        'It was barely 2 p.m. and the Place de la République was already packed. Under a low sky: vests of every color, brass bands, strollers and handmade banners. On the third day of action against the bill on “balancing the pension schemes,” the Paris march took more than four hours to reach the Place de la Nation.',
        'According to the joint union committee, 320,000 people marched in Paris and more than one and a half million across France. The police prefecture counted 74,000 in the capital. Whichever figure you take, Thursday’s turnout topped that of the two previous days, and in the evening the unions announced another date, the 28th.',
        { h: '“I won’t last until 65”' },
        'In the march, the toll that work takes on the body was on everyone’s lips. Nadia Belkacem, 54, has been a care assistant in a nursing home in Seine-Saint-Denis for twenty-two years.',
        {
          quote:
            'I lift people all day long. I already have two herniated discs. And they want me to hold on for three more years? Let the ministers come and do a night with us, and then we’ll talk.',
          cite: 'Nadia Belkacem, care assistant',
        },
        'A little further on, Hervé Lemoine, a retired railway worker, had come with his granddaughter, who is in high school. “I’ve been in every big strike for thirty years, and here I am again,” he said with a smile. “But what strikes me this time is the young people. They’ve understood that it’s their own pensions being whittled away.”',
        'What the bill, presented to the cabinet last month, contains:',
        {
          list: [
            'a gradual increase in the legal retirement age to 65;',
            'a longer contribution period for a full pension, raised to 44 years;',
            'the closure of three special pension schemes to new hires;',
            'annual pension increases capped below inflation in years when the system runs a deficit.',
          ],
        },
        'On Thursday evening the labor minister repeated that the reform was “essential to save the pay-as-you-go system” and that the National Assembly would take it up as planned in two weeks. The unions are demanding that it be withdrawn outright, and several federations — in energy, the ports and the railways — are talking about open-ended strikes.',
        {
          quote:
            'We’re not asking for the moon. We’re asking to be allowed to stop before we’re broken.',
          cite: 'Sabrina Coulibaly, Paris secretary of the Fédération unitaire du travail',
        },
        'Late in the day, at the Place de la Nation, there were scuffles between groups of protesters and the police; the prefecture reported 23 arrests. But the image that will remain of this Thursday is of an immense, family-friendly march that took hours to disperse — and that promises to return.',
      ],
    },

    // 12. Translation of 10 into German
    {
      key: 'rentenproteste-paris',
      site: 'de',
      slug: 'rentenproteste-paris-von-der-republique-zur-nation',
      section: 'international',
      kicker: 'Frankreich',
      headline: 'Rentenreform: Eine Menschenflut von der République bis zur Nation',
      dek: 'Am dritten Aktionstag sind Gewerkschaften, Studierende und Rentner in Paris gegen die Anhebung des Rentenalters auf 65 Jahre auf die Straße gegangen. Die Regierung hält an ihrem Zeitplan fest.',
      authors: ['julien-marchand'],
      translators: ['tobias-klein'],
      origin: { translationOf: 'retraites-manifestation-paris' },
      tags: ['Rente', 'Proteste'],
      lead: 'fr-crowd',
      publishedHoursAgo: 55,
      body: [
        'Es war kaum 14 Uhr, und die Place de la République war schon schwarz vor Menschen. Unter tief hängendem Himmel: Warnwesten in allen Farben, Blaskapellen, Kinderwagen und selbst gemalte Transparente. Am dritten Aktionstag gegen das Gesetz über das „Gleichgewicht der Rentensysteme“ brauchte der Pariser Demonstrationszug mehr als vier Stunden bis zur Place de la Nation.',
        'Nach Angaben des gemeinsamen Gewerkschaftsbündnisses demonstrierten in Paris 320.000 Menschen, in ganz Frankreich mehr als anderthalb Millionen. Die Polizeipräfektur zählte in der Hauptstadt 74.000. Welche Zahl man auch nimmt: Die Beteiligung am Donnerstag übertraf die der beiden vorherigen Aktionstage, und am Abend kündigten die Gewerkschaften einen weiteren Termin an, den 28.',
        { h: '„Bis 65 halte ich nicht durch“' },
        'Im Demonstrationszug sprachen alle davon, wie die Arbeit den Körper verschleißt. Nadia Belkacem, 54, arbeitet seit zweiundzwanzig Jahren als Pflegehelferin in einem Pflegeheim in Seine-Saint-Denis.',
        {
          quote:
            'Ich hebe den ganzen Tag Menschen. Ich habe schon zwei Bandscheibenvorfälle. Und jetzt soll ich drei Jahre länger durchhalten? Sollen die Minister doch mal eine Nacht mit uns arbeiten, dann reden wir weiter.',
          cite: 'Nadia Belkacem, Pflegehelferin',
        },
        'Ein Stück weiter lief Hervé Lemoine, pensionierter Eisenbahner, mit seiner Enkelin, die aufs Gymnasium geht. „Ich war bei allen großen Streiks der letzten dreißig Jahre dabei, und jetzt bin ich wieder hier“, sagt er lächelnd. „Aber was mir diesmal auffällt, sind die jungen Leute. Sie haben verstanden, dass es ihre eigene Rente ist, die hier zusammengestrichen wird.“',
        'Was der Gesetzentwurf enthält, den der Ministerrat im vergangenen Monat beschlossen hat:',
        {
          list: [
            'die schrittweise Anhebung des gesetzlichen Renteneintrittsalters auf 65 Jahre;',
            'eine längere Beitragszeit für die volle Rente, künftig 44 Jahre;',
            'die Schließung von drei Sonderrentensystemen für neu Eingestellte;',
            'eine jährliche Rentenanpassung, die in Jahren mit Defizit unterhalb der Inflation gedeckelt wird.',
          ],
        },
        'Am Donnerstagabend wiederholte der Arbeitsminister, die Reform sei „unverzichtbar, um das Umlagesystem zu retten“, und werde wie geplant in zwei Wochen in der Nationalversammlung beraten. Die Gewerkschaften fordern, sie ersatzlos zurückzuziehen, und mehrere Gewerkschaftsföderationen – aus Energie, Häfen und Bahn – bringen unbefristete Streiks ins Gespräch.',
        {
          quote:
            'Wir verlangen nicht den Mond. Wir verlangen, aufhören zu dürfen, bevor wir kaputt sind.',
          cite: 'Sabrina Coulibaly, Pariser Sekretärin der Fédération unitaire du travail',
        },
        'Am Ende des Tages kam es an der Place de la Nation zu Rangeleien zwischen Gruppen von Demonstrierenden und der Polizei; die Präfektur meldete 23 Festnahmen. Doch was von diesem Donnerstag bleiben wird, ist das Bild eines riesigen, familiären Demonstrationszugs, der Stunden brauchte, um sich aufzulösen – und der verspricht wiederzukommen.',
      ],
    },

    // 13. Film review (fr)
    {
      key: 'critique-film-les-veilleurs',
      site: 'fr',
      slug: 'les-veilleurs-critique',
      section: 'culture',
      kicker: 'Cinéma',
      headline: '« Les Veilleurs », la nuit des entrepôts filmée à hauteur d’homme',
      dek: 'Pour son deuxième long métrage, Claire Domenach suit une équipe de préparateurs de commandes dans un entrepôt du Nord. Un film âpre, drôle et d’une rare justesse.',
      authors: ['amelie-girard'],
      tags: ['Cinéma', 'Critique'],
      lead: 'fr-cinema',
      publishedHoursAgo: 120,
      body: [
        'Il y a d’abord le bruit. Un bourdonnement continu de convoyeurs, de bips de scanners, de chariots qui reculent. Pendant les dix premières minutes des <em>Veilleurs</em>, Claire Domenach ne nous montre presque rien d’autre que ce ballet de gestes répétés sous les néons d’un entrepôt logistique, quelque part entre Lille et la frontière belge. Puis un visage se détache : celui de Samia, 41 ans, préparatrice de commandes de nuit, qui compte à voix basse les minutes qui la séparent de la pause.',
        'Le film suit pendant une saison une équipe de nuit : Samia (Leïla Haddou, remarquable de retenue), Bastien, le jeune intérimaire qui rêve d’un CDI, Jean-Marc, le cariste à deux ans de la retraite, et Ousmane, délégué syndical fatigué qu’on écoute de moins en moins. Rien de spectaculaire ne leur arrive – pas d’accident, pas de grand soir. Et c’est précisément ce qui rend le film si fort.',
        'Domenach, qui a tourné pendant trois semaines dans un entrepôt en activité, avec plusieurs salariés dans de petits rôles, filme le travail comme on le filme rarement : dans sa durée. Les plans sont longs, la caméra reste à hauteur d’épaule, et l’on finit par ressentir physiquement la cadence imposée par le « taux de productivité » qui s’affiche en temps réel sur l’écran de chaque poste.',
        {
          pullquote:
            'On n’est pas fatigués, on est usés. C’est pas pareil : la fatigue, ça se répare.',
          attribution: 'Samia, dans « Les Veilleurs »',
        },
        'Le scénario, coécrit avec Marc Delvaux, ancien cariste, évite les deux écueils du genre : le misérabilisme et l’héroïsation. Les personnages se disputent, se moquent les uns des autres, trichent un peu avec les scanners, partagent des thermos de café et des histoires de famille. L’humour, souvent très noir, surgit là où on ne l’attend pas ; une séquence de karaoké improvisé dans la salle de pause restera longtemps dans les mémoires.',
        'On pourra reprocher au film une dernière demi-heure un peu appuyée, quand l’intrigue autour d’une pétition pour le paiement des temps de pause prend le dessus et que les dialogues se font plus démonstratifs. Mais la scène finale, à l’aube, sur le parking, quand l’équipe se sépare sans un mot, rachète largement ces quelques longueurs.',
        'Après <em>Poussière de craie</em>, premier film remarqué en festival, Claire Domenach confirme qu’elle est l’une des rares cinéastes françaises à savoir regarder le travail en face. <em>Les Veilleurs</em> n’est pas un film militant au sens étroit. C’est mieux : un film qui rend visibles celles et ceux qui, chaque nuit, font tourner un pays qui dort.',
        '<strong>Les Veilleurs</strong>, de Claire Domenach, avec Leïla Haddou, Théo Marchetti, Alain Bruneau et Moussa Diallo. 1 h 52. En salles mercredi.',
      ],
    },

    // 14. Regional rail strike (fr)
    {
      key: 'greve-cheminots-sncf-region',
      site: 'fr',
      slug: 'greve-des-cheminots-sur-les-lignes-regionales',
      section: 'travail',
      kicker: 'Rail',
      headline: 'Trains régionaux : les cheminots en grève contre la fin des contrôleurs à bord',
      dek: 'Depuis mardi, la circulation est très perturbée sur les lignes régionales de Normandie. Les grévistes dénoncent la généralisation des trains avec le seul conducteur à bord.',
      authors: ['julien-marchand'],
      tags: ['Cheminots', 'Grèves'],
      lead: 'fr-train',
      publishedHoursAgo: 12,
      body: [
        'Sur le quai de la gare de Rouen, mercredi matin, le tableau des départs affichait une longue colonne de « supprimé ». Pour le deuxième jour consécutif, les conducteurs et les contrôleurs de la compagnie régionale qui exploite les trains du quotidien en Normandie sont en grève, à l’appel de plusieurs syndicats. Selon la direction, un train sur trois a circulé ; selon les grévistes, à peine un sur quatre.',
        'En cause : le projet de la compagnie de généraliser d’ici deux ans les trains circulant avec le seul conducteur à bord, sans contrôleur. La direction y voit une « modernisation » qui permettra de redéployer les agents dans les gares. Les syndicats y voient des suppressions de postes déguisées et un recul de la sécurité des voyageurs.',
        'Selon les syndicats, une quarantaine de postes de contrôleurs ont déjà disparu en trois ans sur le réseau régional, au fil de départs à la retraite jamais remplacés. Sur plusieurs lignes rurales, les derniers trains du soir circulent déjà sans contrôleur, et les agents disent recevoir régulièrement des témoignages de voyageuses inquiètes, de pannes sans information et d’incivilités restées sans réponse.',
        {
          quote:
            'Quand quelqu’un fait un malaise à 22 heures entre deux gares, qui s’en occupe ? Le conducteur ne peut pas quitter sa cabine. Le contrôleur, c’est la personne qui est là.',
          cite: 'Karine Lefebvre, contrôleuse depuis seize ans',
        },
        'Les usagers, eux, oscillent entre agacement et soutien. « C’est pénible, je vais perdre une demi-journée de salaire », reconnaît Thomas, commis de cuisine, qui fait chaque jour le trajet entre Elbeuf et Rouen. « Mais je les comprends. Le soir, dans le dernier train, je suis content qu’il y ait quelqu’un. »',
        'La région, autorité organisatrice des transports, a appelé les deux parties à « reprendre le dialogue au plus vite ». Une réunion est prévue vendredi au siège de la compagnie. D’ici là, le mouvement est reconduit jour après jour, par une assemblée générale qui se tient chaque matin à 6 heures au dépôt de Sotteville-lès-Rouen.',
        'Les grévistes ont ouvert une <a href="https://caissedegreve-rail-normandie.example">caisse de grève en ligne</a>, qui avait recueilli plus de 40 000 euros mercredi soir. Sur le quai, une contrôleuse distribuait des tracts aux voyageurs qui attendaient le prochain train. « On ne fait pas grève contre eux », disait-elle. « On fait grève pour qu’ils ne voyagent pas seuls. »',
      ],
    },

    // 15. Berlin tenants' petition (original, de)
    {
      key: 'mietenvolksentscheid-berlin',
      site: 'de',
      slug: 'mieten-volksbegehren-berlin-unterschriften',
      section: 'politik',
      kicker: 'Wohnen',
      headline: 'Mieten-Volksbegehren: Bündnis sammelt in sechs Wochen 120.000 Unterschriften',
      dek: 'Das Bündnis „Dach & Recht“ will große Vermieter in Berlin per Gesetz zu einem Mietenstopp verpflichten. Auf der Straße ist der Zuspruch groß, der Senat bleibt skeptisch.',
      authors: ['lena-hoffmann'],
      tags: ['Mieten', 'Volksentscheid'],
      lead: 'de-houses',
      publishedHoursAgo: 40,
      body: [
        'Samstagvormittag am Hermannplatz: Zwischen Gemüsestand und U-Bahn-Eingang hat Ayşe Demir einen Klapptisch aufgebaut, darauf Klemmbretter, Kugelschreiber und ein handgemaltes Schild: „Hier unterschreiben gegen Mietwucher“. Innerhalb einer Stunde bleiben mehr als vierzig Menschen stehen. „Die meisten muss ich gar nicht überzeugen“, sagt die 46-Jährige, die seit zwanzig Jahren in Neukölln wohnt. „Die fragen nur: Wo muss ich unterschreiben?“',
        'Demir ist eine von rund 2.500 Freiwilligen, die in diesen Wochen Unterschriften für das Volksbegehren des Bündnisses „Dach & Recht“ sammeln. Nach Angaben der Initiative sind in den ersten sechs Wochen gut 120.000 zusammengekommen. Bis Ende Juni braucht das Bündnis rund 175.000 gültige Unterschriften, um einen Volksentscheid zu erzwingen.',
        { h: 'Was das Gesetz vorsieht' },
        'Der Gesetzentwurf, den das Bündnis gemeinsam mit Jurist*innen aus der Mieterberatung ausgearbeitet hat, richtet sich ausdrücklich an große Vermieter. Er sieht unter anderem vor:',
        {
          list: [
            'einen fünfjährigen Mietenstopp für Unternehmen mit mehr als 1.000 Wohnungen in Berlin;',
            'danach Mieterhöhungen höchstens in Höhe der Inflation, gedeckelt bei zwei Prozent im Jahr;',
            'ein öffentliches Mietenregister, in das jedes Mietverhältnis mit der Miethöhe eingetragen wird;',
            'die Pflicht, leerstehende Wohnungen innerhalb von sechs Monaten wieder zu vermieten.',
          ],
        },
        'Ob ein solches Gesetz vor Gericht Bestand hätte, ist umstritten. Die Initiative verweist auf ein Gutachten, nach dem das Land Berlin Regeln für große Wohnungsunternehmen erlassen darf, solange es nicht in das Mietrecht des Bundes eingreift. Der Senat hält das für „rechtlich hochriskant“ und hat angekündigt, den Entwurf prüfen zu lassen.',
        {
          quote:
            'Jahrelang hieß es, man müsse nur genug bauen. Es wird gebaut – aber unsere Mieten steigen trotzdem jedes Jahr. Irgendwann ist die Geduld am Ende.',
          cite: 'Jonas Weber, Sprecher des Bündnisses „Dach & Recht“',
        },
        'Verbände der Wohnungswirtschaft warnen, ein Mietenstopp werde Investitionen in Neubau und Sanierung bremsen. Der Sprecher eines großen Vermieters, der nicht namentlich genannt werden wollte, sprach von „Symbolpolitik auf Kosten der Instandhaltung“.',
        'Für die Sammlerinnen und Sammler am Hermannplatz sind das bekannte Argumente. Demirs eigene Miete ist in sechs Jahren um 31 Prozent gestiegen, nachdem ihr Haus zweimal den Eigentümer gewechselt hat. „Ich habe nichts gegen Neubau“, sagt sie. „Aber ich wohne nicht im Neubau. Ich wohne hier. Und ich will hier bleiben.“ Am Nachmittag packt sie den Klapptisch zusammen und zählt: 212 Unterschriften an einem Vormittag.',
        'Unterschreiben können alle volljährigen Deutschen mit Hauptwohnsitz in Berlin. Sammelstellen und Termine listet das Bündnis <a href="https://dachundrecht.example/sammeln">auf seiner Website</a>.',
      ],
    },

    // 16. Translation of 15 into English
    {
      key: 'berlin-rent-referendum',
      site: 'en',
      slug: 'berlin-rent-referendum-petition-signatures',
      section: 'world',
      kicker: 'Germany',
      headline: 'Berlin rent petition gathers 120,000 signatures in six weeks',
      dek: 'The “Dach & Recht” alliance wants a law that would force Berlin’s big landlords to freeze rents. Support on the street is strong; the city government remains skeptical.',
      authors: ['lena-hoffmann'],
      translators: ['owen-price'],
      origin: { translationOf: 'mietenvolksentscheid-berlin' },
      tags: ['Housing', 'Germany'],
      lead: 'de-houses',
      publishedHoursAgo: 30,
      body: [
        'Saturday morning on Hermannplatz: between a vegetable stall and the subway entrance, Ayşe Demir has set up a folding table with clipboards, pens and a hand-painted sign: “Sign here against rent gouging.” Within an hour, more than forty people stop. “Most of them I don’t even have to convince,” says Demir, 46, who has lived in Neukölln for twenty years. “They just ask: where do I sign?”',
        'Demir is one of some 2,500 volunteers collecting signatures these weeks for the petition of the alliance “Dach & Recht” (“Roof and Rights”). According to the campaign, just over 120,000 signatures came in during the first six weeks. By the end of June the alliance needs around 175,000 valid signatures to force a referendum.',
        { h: 'What the law would do' },
        'The draft law, which the alliance drew up with lawyers from tenant advice services, is aimed explicitly at large landlords. Among other things, it provides for:',
        {
          list: [
            'a five-year rent freeze for companies owning more than 1,000 apartments in Berlin;',
            'after that, rent increases no higher than inflation, capped at two percent a year;',
            'a public rent register recording every tenancy and its rent;',
            'an obligation to let vacant apartments again within six months.',
          ],
        },
        'Whether such a law would survive in court is disputed. The campaign points to a legal opinion according to which the state of Berlin may set rules for large housing companies as long as it does not interfere with federal tenancy law. The Senate, Berlin’s government, calls that “legally highly risky” and has announced that it will have the draft reviewed.',
        {
          quote:
            'For years we were told that they just had to build enough. They are building — and our rents still go up every year. At some point patience runs out.',
          cite: 'Jonas Weber, spokesperson for the “Dach & Recht” alliance',
        },
        'Housing industry associations warn that a rent freeze would slow investment in new construction and renovation. A spokesperson for a large landlord, who did not want to be named, spoke of “symbolic politics at the expense of maintenance.”',
        'For the volunteers on Hermannplatz, these are familiar arguments. Demir’s own rent has risen by 31 percent in six years, after her building changed owners twice. “I have nothing against new construction,” she says. “But I don’t live in a new building. I live here. And I want to stay here.” In the afternoon she folds up the table and counts: 212 signatures in a single morning.',
        'Any adult German citizen whose main residence is in Berlin can sign. The alliance lists collection points and dates <a href="https://dachundrecht.example/sammeln">on its website</a> (in German).',
      ],
    },

    // 17. Warehouse night shift near Leipzig (de)
    {
      key: 'lagerhalle-nachtschicht',
      site: 'de',
      slug: 'logistiklager-leipzig-nachtschicht-quoten',
      section: 'arbeit',
      kicker: 'Logistik',
      headline:
        'Gegen die Stoppuhr: Lagerbeschäftigte bei Leipzig wehren sich gegen neue Nachtquoten',
      dek: 'Bei Kurant Logistik sollen Kommissionierer nachts deutlich mehr schaffen als bisher. Die Belegschaft gründet einen Betriebsrat und stellt eigene Forderungen.',
      authors: ['lena-hoffmann'],
      tags: ['Logistik', 'Betriebsrat'],
      lead: 'de-factory',
      publishedHoursAgo: 140,
      body: [
        'Die Halle liegt direkt an der Autobahn, zwanzig Minuten vom Leipziger Stadtrand entfernt, und sie schläft nie. Rund 900 Menschen arbeiten im Verteilzentrum von Kurant Logistik, einem Dienstleister, der für Onlinehändler Waren kommissioniert, verpackt und verschickt. Etwa ein Drittel von ihnen arbeitet nachts, von 22 bis 6 Uhr.',
        'Seit Februar gilt für die Nachtschicht eine neue Vorgabe: 165 statt bisher 143 Picks pro Stunde, gemessen über den Handscanner. Wer darunter bleibt, wird zum „Feedbackgespräch“ gebeten. Viele Beschäftigte sagen, das Tempo sei nachts kaum zu halten – und die Fehlerquote steige, seit die Quote gilt.',
        {
          quote:
            'Um drei Uhr nachts bist du nicht dieselbe wie um drei Uhr nachmittags. Das weiß jeder, der mal nachts gearbeitet hat. Nur der Scanner weiß es nicht.',
          cite: 'Katrin Vogel, Kommissioniererin in der Nachtschicht',
        },
        'Vogel, 38, arbeitet seit vier Jahren bei Kurant. Sie gehört zu den elf Beschäftigten, die im Frühjahr die Initiative für eine Betriebsratswahl ergriffen haben – die erste an diesem Standort. Unterstützt werden sie von der Gewerkschaft Handel und Logistik, die nach eigenen Angaben inzwischen mehr als 300 Mitglieder im Lager zählt. Vor einem Jahr waren es keine zwanzig. Die meisten neuen Mitglieder, sagt Vogel, kämen aus der Nachtschicht – dort, wo der Druck am größten sei.',
        'Die Geschäftsführung verweist auf gestiegene Kosten und den harten Wettbewerb in der Branche. Die Vorgaben seien „branchenüblich und erreichbar“, teilte ein Sprecher auf Anfrage mit. Zur Betriebsratswahl werde man sich „neutral verhalten“. Beschäftigte berichten allerdings von Einzelgesprächen, in denen Vorgesetzte vor „Unruhe im Betrieb“ gewarnt hätten.',
        'Ende Mai hat die Nachtschicht auf einer Versammlung im Leipziger Gewerkschaftshaus ihre Forderungen beschlossen – in einer Reihenfolge, über die lange diskutiert wurde:',
        {
          ordered: true,
          list: [
            'Rücknahme der neuen Quote und keine Leistungsgespräche auf Grundlage von Scannerdaten',
            'zwei zusätzliche bezahlte Pausen von je 15 Minuten pro Nachtschicht',
            'ein Nachtzuschlag von 25 statt bisher 15 Prozent',
            'ein Recht auf Wechsel in die Tagschicht nach fünf Jahren Nachtarbeit oder aus gesundheitlichen Gründen',
          ],
        },
        'Die Betriebsratswahl ist für September angesetzt. Bis dahin, sagt Katrin Vogel, gehe es vor allem darum, dass niemand allein bleibt, wenn er zum Gespräch gerufen wird. „Früher hat jeder für sich gezählt“, sagt sie. „Jetzt zählen wir zusammen. Und wir zählen mehr als Picks.“ Auf dem Parkplatz vor der Halle verteilt sie in diesen Wochen Flugblätter, jeden Abend um kurz vor zehn, wenn die Nachtschicht kommt.',
      ],
    },

    // 18. A brief without a byline (fr)
    {
      key: 'sommet-climat-brief',
      site: 'fr',
      slug: 'sommet-climat-les-syndicats-reclament-une-transition-juste',
      section: 'international',
      headline: 'Sommet sur le climat : les syndicats réclament une « transition juste »',
      dek: 'Une coalition syndicale internationale demande que les plans de sortie des énergies fossiles garantissent l’emploi et la formation des salariés concernés.',
      authors: [],
      tags: ['Climat', 'Syndicats'],
      publishedHoursAgo: 4,
      body: [
        'À l’ouverture, lundi à Lisbonne, d’un sommet international consacré au climat, une coalition de syndicats venus de dix-huit pays a remis aux délégations une déclaration commune. Elle demande que chaque plan national de sortie du charbon, du pétrole et du gaz comporte des garanties d’emploi, un droit à la formation payée et une consultation obligatoire des représentants des salariés des secteurs concernés.',
        '« On ne fermera pas les centrales contre les travailleurs, mais avec eux », a résumé une représentante des mineurs, venue des Asturies. Les syndicats prévoient une manifestation mercredi devant le centre de conférences. Le sommet doit s’achever vendredi sur une déclaration finale dont le contenu reste très incertain : plusieurs pays producteurs refusent toujours tout calendrier de sortie des énergies fossiles.',
      ],
    },
    {
      key: 'withdrawn-brief',
      site: 'en',
      slug: 'march-route-announced-for-saturday',
      section: 'politics',
      headline: 'March route announced for Saturday',
      dek: 'Organizers published the route of the weekend march; it has since changed.',
      authors: [],
      publishedHoursAgo: 50,
      status: 'unpublished',
      body: [
        'The coalition behind Saturday’s march for public transit published its route on Tuesday, from the river to City Hall.',
        'This brief was withdrawn by the editors after the route changed; its address answers that it is gone.',
      ],
    },
  ],
};
