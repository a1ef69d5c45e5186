import type { DemoContent } from './types.ts';

/*
 * Meridiano Perú (es-pe) and the stories that travel from it: the Callao dock strike
 * (Spanish → English → French), the highland communities against a mine (Spanish → Portuguese),
 * an organisation's statement, a two-author analysis, an unsigned brief and a republication
 * from the Argentine edition. Everything here is fictional, written for the demo.
 */

const VIDEO = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ';

export const andes: DemoContent = {
  contributors: [
    {
      key: 'rosa-quispe',
      kind: 'person',
      name: 'Rosa Quispe',
      title: {
        es: 'Periodista laboral, Lima',
        en: 'Labor reporter, Lima',
        fr: 'Journaliste, rubrique travail, Lima',
      },
      bio: {
        es: 'Rosa Quispe cubre sindicatos, puertos y conflictos laborales para Meridiano Perú. Creció en el Callao, hija de un estibador, y estudió periodismo en Lima.',
        en: 'Rosa Quispe covers unions, ports and labor disputes for Meridiano Perú. She grew up in Callao, the daughter of a dockworker, and studied journalism in Lima.',
        fr: 'Rosa Quispe couvre les syndicats, les ports et les conflits du travail pour Meridiano Perú. Fille d’un docker, elle a grandi au Callao et a étudié le journalisme à Lima.',
      },
      links: [
        { label: 'Mastodon', url: 'https://mastodon.example/@rosaquispe' },
        { label: 'Web', url: 'https://rosaquispe.example' },
      ],
      photo: true,
    },
    {
      key: 'mateo-huaman',
      kind: 'person',
      name: 'Mateo Huamán',
      title: { es: 'Periodista de política, Lima' },
      bio: {
        es: 'Mateo Huamán sigue el Congreso, a los gobiernos de turno y a los movimientos que los enfrentan desde la calle. Antes cubrió temas municipales y de vivienda en Lima Norte.',
      },
      links: [{ label: 'Bluesky', url: 'https://bluesky.example/profile/mateohuaman' }],
      photo: true,
    },
    {
      key: 'lucia-condori',
      kind: 'person',
      name: 'Lucía Condori',
      title: {
        es: 'Corresponsal en Cusco y el sur andino',
        pt: 'Correspondente em Cusco e no sul andino',
      },
      bio: {
        es: 'Lucía Condori informa desde Cusco sobre comunidades campesinas, minería y agua en el sur andino. Habla quechua y castellano y colabora con radios comunitarias de la región.',
        pt: 'Lucía Condori cobre, a partir de Cusco, comunidades camponesas, mineração e água no sul andino. Fala quéchua e espanhol e colabora com rádios comunitárias da região.',
      },
      links: [{ label: 'Web', url: 'https://luciacondori.example' }],
      photo: true,
    },
    {
      key: 'daniel-okafor',
      kind: 'person',
      name: 'Daniel Okafor',
      title: {
        en: 'Translator (Spanish–English), New York',
        es: 'Traductor (español–inglés), Nueva York',
      },
      bio: {
        en: 'Daniel Okafor translates reporting and essays from Spanish for Meridian. He lives in New York, where he also teaches English to adult learners at a union training center.',
        es: 'Daniel Okafor traduce reportajes y ensayos del castellano al inglés para Meridian. Vive en Nueva York, donde también enseña inglés a adultos en un centro de formación sindical.',
      },
      links: [{ label: 'Mastodon', url: 'https://mastodon.example/@dokafor' }],
      photo: true,
    },
    {
      key: 'camille-roux',
      kind: 'person',
      name: 'Camille Roux',
      title: {
        fr: 'Traductrice (anglais–français), Paris',
        en: 'Translator (English–French), Paris',
      },
      bio: {
        fr: 'Camille Roux traduit de l’anglais pour Méridien depuis sa création. Elle vit à Paris et suit de près les luttes des ports et de la logistique.',
        en: 'Camille Roux has translated from English for Méridien since it was founded. She lives in Paris and follows struggles in ports and logistics closely.',
      },
      links: [{ label: 'Web', url: 'https://camilleroux.example' }],
      photo: true,
    },
    {
      key: 'beatriz-lima',
      kind: 'person',
      name: 'Beatriz Lima',
      title: {
        pt: 'Tradutora (espanhol–português), São Paulo',
        es: 'Traductora (español–portugués), São Paulo',
      },
      bio: {
        pt: 'Beatriz Lima traduz do espanhol para o Meridiano Brasil, sobretudo reportagens sobre os países andinos. Mora em São Paulo e é professora de espanhol na rede pública.',
        es: 'Beatriz Lima traduce del castellano para Meridiano Brasil, sobre todo reportajes sobre los países andinos. Vive en São Paulo y es profesora de español en la escuela pública.',
      },
      links: [{ label: 'Bluesky', url: 'https://bluesky.example/profile/beatrizlima' }],
      photo: true,
    },
    {
      key: 'federacion-portuaria-callao',
      kind: 'organisation',
      name: 'Federación de Trabajadores Portuarios del Callao',
      localNames: {
        en: 'Callao Port Workers’ Federation',
        fr: 'Fédération des travailleurs portuaires du Callao',
      },
      title: {
        es: 'Organización sindical',
        en: 'Trade union',
        fr: 'Organisation syndicale',
      },
      bio: {
        es: 'La Federación de Trabajadores Portuarios del Callao agrupa a los sindicatos de estibadores, operadores de grúa, tarjadores y vigilantes de los terminales del primer puerto del Perú.',
        en: 'The Callao Port Workers’ Federation brings together the unions of dockers, crane operators, tally clerks and guards at the terminals of Peru’s main port.',
        fr: 'La Fédération des travailleurs portuaires du Callao regroupe les syndicats de dockers, de grutiers, de pointeurs et de gardiens des terminaux du premier port du Pérou.',
      },
      links: [{ label: 'Web', url: 'https://fetrapoc.example' }],
      photo: true,
    },
  ],

  images: [
    {
      key: 'pe-callao-cranes',
      scene: 'port',
      palette: 'dawn',
      seed: 7,
      alt: {
        es: 'Ilustración: grúas pórtico y contenedores apilados en un muelle al amanecer',
        en: 'Illustration: gantry cranes and stacked containers on a quay at dawn',
        fr: 'Illustration : grues portiques et conteneurs empilés sur un quai à l’aube',
      },
      caption: {
        es: 'Las grúas del Terminal Bahía Grande, en el Callao, están paralizadas desde el lunes.',
        en: 'The cranes at the Bahía Grande Terminal in Callao have stood idle since Monday.',
        fr: 'Les grues du terminal Bahía Grande, au Callao, sont à l’arrêt depuis lundi.',
      },
      credit: 'Estudio Meridiano',
    },
    {
      key: 'pe-lima-hills',
      scene: 'houses',
      palette: 'ochre',
      seed: 14,
      alt: {
        es: 'Ilustración: casas de ladrillo y madera escalonadas sobre un cerro arenoso bajo un cielo gris',
      },
      caption: {
        es: 'Viviendas en la parte alta de Nueva Vida del Cerro, donde el agua solo llega en cisterna.',
      },
      credit: 'Ana Lucía Paredes',
    },
    {
      key: 'pe-andes',
      scene: 'mountains',
      palette: 'day',
      seed: 21,
      alt: {
        es: 'Ilustración: cerros andinos con un nevado al fondo y pastos de puna en primer plano',
        pt: 'Ilustração: montanhas andinas com um pico nevado ao fundo e pastagens de altitude em primeiro plano',
      },
      caption: {
        es: 'Los pastos de la comunidad de Qollpa, a más de 4000 metros de altura.',
        pt: 'As pastagens da comunidade de Qollpa, a mais de 4.000 metros de altitude.',
      },
      credit: 'Inés Challco',
    },
    {
      key: 'pe-river',
      scene: 'fields',
      palette: 'forest',
      seed: 33,
      alt: {
        es: 'Ilustración: pastos verdes y pequeñas chacras a orillas de un río en el fondo de un valle',
        pt: 'Ilustração: pastagens verdes e pequenas roças à beira de um rio no fundo de um vale',
      },
      caption: {
        es: 'El río Qollpamayu a su paso por los pastos comunales. Cuatro comunidades dependen de sus aguas.',
        pt: 'O rio Qollpamayu ao passar pelas pastagens comunitárias. Quatro comunidades dependem de suas águas.',
      },
      credit: 'Inés Challco',
    },
  ],

  series: [],

  articles: [
    // 1. The original report, in Spanish.
    {
      key: 'callao-strike',
      site: 'es-pe',
      slug: 'huelga-portuarios-callao-turnos-doce-horas',
      section: 'trabajadores',
      kicker: 'Huelga en el puerto',
      headline: 'Portuarios del Callao paralizan contra los turnos de doce horas',
      dek: 'Unos 1400 estibadores y operadores del Terminal Bahía Grande están en huelga desde el lunes. Denuncian jornadas agotadoras, accidentes y la pérdida de 300 puestos.',
      authors: ['rosa-quispe'],
      tags: ['Puertos', 'Huelgas', 'Callao'],
      lead: 'pe-callao-cranes',
      publishedHoursAgo: 72,
      body: [
        'Desde las seis de la mañana del lunes, las grúas del <strong>Terminal Bahía Grande</strong> están quietas. Unos 1400 estibadores, operadores de grúa y tarjadores del puerto del Callao paralizaron sus labores en rechazo a los turnos de doce horas que el consorcio que administra el terminal impuso a inicios de mes, sin consultar a los sindicatos y, según denuncian, sin pago adicional.',
        'En la puerta 3, bajo un toldo de plástico azul, los huelguistas se turnan para mantener la olla común. Javier Ccahuana, estibador de 44 años, lleva veinte en el muelle. «No estamos en contra del trabajo. Lo que no aceptamos es que nos exploten hasta caernos», dice mientras reparte café. «El mes pasado un compañero se quedó dormido manejando un montacargas en la hora once. Gracias a Dios no pasó a mayores».',
        { h: 'Doce horas por el mismo sueldo' },
        'Hasta inicios de mes, el terminal trabajaba con tres turnos de ocho horas. La nueva programación, comunicada en un memorando interno al que tuvo acceso <em>Meridiano Perú</em>, pasa a dos turnos de doce horas «para optimizar la productividad del muelle». La <a href="https://fetrapoc.example/comunicados/turnos">Federación de Trabajadores Portuarios del Callao</a> calcula que el cambio eliminará unos 300 puestos eventuales y que quienes se queden trabajarán cuatro horas más por día sin un aumento proporcional.',
        {
          quote:
            'La jornada de ocho horas no es un regalo de ninguna empresa: es una conquista que costó vidas en este mismo puerto. No la vamos a devolver por un memorando.',
          cite: 'Elena Chumpitaz, secretaria general de la Federación de Trabajadores Portuarios del Callao',
        },
        'El consorcio sostiene en un comunicado que los nuevos turnos «se ajustan a la normativa vigente» y que la paralización «pone en riesgo la competitividad del principal puerto del país». Consultada por este diario, la empresa no respondió a las preguntas sobre los accidentes reportados ni sobre los puestos eventuales que desaparecerían.',
        {
          pullquote: 'A la hora once ya no ves la carga. Ves sombras.',
          attribution: 'Wilmer Palacios, operador de grúa pórtico',
        },
        'Palacios maneja una grúa pórtico a cuarenta metros de altura. Desde la cabina mueve contenedores de hasta treinta toneladas con una precisión de centímetros. «A la hora once ya no ves la carga. Ves sombras. Y abajo hay compañeros», explica. Su esposa, Maribel, vende comida frente al terminal y llegó con sus dos hijos a la asamblea del martes: «Él llega a la casa y no habla, se tira a dormir. Eso no es vida».',
        'En esa asamblea, los trabajadores aprobaron un pliego de cuatro puntos:',
        {
          list: [
            'La restitución inmediata de los tres turnos de ocho horas.',
            'La reincorporación de los eventuales que no han sido convocados desde el cambio.',
            'Una comisión de seguridad con delegados elegidos en cada muelle.',
            'Ningún descuento ni represalia por los días de huelga.',
          ],
        },
        'El Ministerio de Trabajo convocó a las partes a una reunión extraproceso para el jueves. Mientras tanto, la federación anunció que mantendrá la medida y que delegaciones de <a href="https://portuariosdelsur.example/solidaridad">trabajadores portuarios de Paita y Matarani</a> viajarán al Callao en solidaridad. «Si los barcos esperan, que esperen», dijo Ccahuana. «Nosotros hemos esperado años».',
      ],
      // Published with the docker's age wrong, corrected the same day.
      correction: {
        block: 1,
        before:
          'En la puerta 3, bajo un toldo de plástico azul, los huelguistas se turnan para mantener la olla común. Javier Ccahuana, estibador de 41 años, lleva veinte en el muelle. «No estamos en contra del trabajo. Lo que no aceptamos es que nos exploten hasta caernos», dice mientras reparte café. «El mes pasado un compañero se quedó dormido manejando un montacargas en la hora once. Gracias a Dios no pasó a mayores».',
        note: 'Una versión anterior de esta nota indicaba que Javier Ccahuana tiene 41 años. Tiene 44.',
        hoursAfter: 5,
      },
    },

    // 2. Spanish → English.
    {
      key: 'callao-strike-en',
      site: 'en',
      slug: 'callao-dockworkers-strike-twelve-hour-shifts',
      section: 'labor',
      kicker: 'Strike at the port',
      headline: 'Callao dockworkers strike against 12-hour shifts',
      dek: 'Some 1,400 dockers and crane operators at the Bahía Grande Terminal have been on strike since Monday. They denounce exhausting shifts, accidents and the loss of 300 jobs.',
      authors: ['rosa-quispe'],
      translators: ['daniel-okafor'],
      origin: { translationOf: 'callao-strike' },
      tags: ['Ports', 'Strikes', 'Peru'],
      lead: 'pe-callao-cranes',
      publishedHoursAgo: 50,
      body: [
        'Since six o’clock on Monday morning, the cranes at the <strong>Bahía Grande Terminal</strong> have stood still. Some 1,400 dockers, crane operators and tally clerks at the port of Callao have walked off the job in protest against the 12-hour shifts that the consortium running the terminal imposed at the start of the month, without consulting the unions and, they say, without extra pay.',
        'At Gate 3, under a blue plastic awning, the strikers take turns keeping the communal pot going. Javier Ccahuana, a 44-year-old docker, has spent twenty years on the quay. “We’re not against work. What we won’t accept is being worked until we drop,” he says as he hands out coffee. “Last month a co-worker fell asleep driving a forklift in the eleventh hour. Thank God nothing worse happened.”',
        { h: 'Twelve hours for the same pay' },
        'Until the start of the month, the terminal ran three eight-hour shifts. The new schedule, set out in an internal memo seen by <em>Meridiano Perú</em>, moves to two 12-hour shifts “to optimize the productivity of the quay.” The <a href="https://fetrapoc.example/comunicados/turnos">Callao Port Workers’ Federation</a> estimates that the change will eliminate some 300 casual jobs and that those who remain will work four more hours a day without a proportional raise.',
        {
          quote:
            'The eight-hour day is not a gift from any company: it is a victory that cost lives in this very port. We are not giving it back because of a memo.',
          cite: 'Elena Chumpitaz, general secretary of the Callao Port Workers’ Federation',
        },
        'In a statement, the consortium maintains that the new shifts “comply with current regulations” and that the stoppage “puts at risk the competitiveness of the country’s main port.” Asked by this newspaper, the company did not answer questions about the reported accidents or the casual jobs that would disappear.',
        {
          pullquote: 'By the eleventh hour you can’t see the load anymore. You see shadows.',
          attribution: 'Wilmer Palacios, gantry crane operator',
        },
        'Palacios operates a gantry crane forty meters up. From the cab he moves containers weighing up to thirty tons with centimeter precision. “By the eleventh hour you can’t see the load anymore. You see shadows. And there are co-workers down below,” he explains. His wife, Maribel, sells food outside the terminal and came to Tuesday’s assembly with their two children: “He gets home and doesn’t talk, he just collapses into bed. That’s no life.”',
        'At that assembly, the workers approved a list of four demands:',
        {
          list: [
            'Immediate restoration of the three eight-hour shifts.',
            'Reinstatement of the casual workers who have not been called in since the change.',
            'A safety committee with delegates elected on each quay.',
            'No pay deductions or reprisals for the strike days.',
          ],
        },
        'The Ministry of Labor has called the parties to a mediation meeting on Thursday. Meanwhile, the federation announced that it will keep up the strike and that delegations of <a href="https://portuariosdelsur.example/solidaridad">port workers from Paita and Matarani</a> will travel to Callao in solidarity. “If the ships have to wait, let them wait,” said Ccahuana. “We’ve been waiting for years.”',
      ],
    },

    // 3. English → French: the second link of the chain.
    {
      key: 'callao-strike-fr',
      site: 'fr',
      slug: 'greve-dockers-callao-journees-douze-heures',
      section: 'international',
      kicker: 'Grève au port',
      headline: 'Au Callao, les dockers en grève contre les journées de douze heures',
      dek: 'Quelque 1 400 dockers et grutiers du terminal Bahía Grande sont en grève depuis lundi. Ils dénoncent des journées épuisantes, des accidents et la suppression de 300 postes.',
      authors: ['rosa-quispe'],
      translators: ['camille-roux'],
      origin: { translationOf: 'callao-strike-en' },
      tags: ['Ports', 'Grèves', 'Pérou'],
      lead: 'pe-callao-cranes',
      publishedHoursAgo: 26,
      body: [
        'Depuis lundi six heures du matin, les grues du <strong>terminal Bahía Grande</strong> sont à l’arrêt. Quelque 1 400 dockers, grutiers et pointeurs du port du Callao ont cessé le travail pour protester contre les journées de douze heures que le consortium gestionnaire du terminal a imposées en début de mois, sans consulter les syndicats et, selon eux, sans rémunération supplémentaire.',
        'À la porte 3, sous une bâche de plastique bleu, les grévistes se relaient pour faire tourner la marmite commune. Javier Ccahuana, docker de 44 ans, travaille sur le quai depuis vingt ans. « Nous ne sommes pas contre le travail. Ce que nous n’acceptons pas, c’est qu’on nous fasse travailler jusqu’à tomber », dit-il en servant le café. « Le mois dernier, un collègue s’est endormi au volant d’un chariot élévateur à la onzième heure. Dieu merci, ça n’est pas allé plus loin. »',
        { h: 'Douze heures pour le même salaire' },
        'Jusqu’au début du mois, le terminal fonctionnait en trois équipes de huit heures. Le nouveau planning, détaillé dans une note interne que <em>Meridiano Perú</em> a pu consulter, passe à deux équipes de douze heures « pour optimiser la productivité du quai ». La <a href="https://fetrapoc.example/comunicados/turnos">Fédération des travailleurs portuaires du Callao</a> estime que ce changement supprimera quelque 300 postes d’intérimaires et que ceux qui restent travailleront quatre heures de plus par jour sans augmentation proportionnelle.',
        {
          quote:
            'La journée de huit heures n’est un cadeau d’aucune entreprise : c’est une conquête qui a coûté des vies dans ce port même. Nous n’allons pas la rendre pour une note de service.',
          cite: 'Elena Chumpitaz, secrétaire générale de la Fédération des travailleurs portuaires du Callao',
        },
        'Dans un communiqué, le consortium affirme que les nouveaux horaires « respectent la réglementation en vigueur » et que l’arrêt de travail « met en péril la compétitivité du premier port du pays ». Sollicitée par notre journal, l’entreprise n’a pas répondu aux questions sur les accidents signalés ni sur les postes d’intérimaires appelés à disparaître.',
        {
          pullquote: 'À la onzième heure, on ne voit plus la charge. On voit des ombres.',
          attribution: 'Wilmer Palacios, grutier sur portique',
        },
        'Palacios conduit une grue portique à quarante mètres de hauteur. Depuis la cabine, il déplace au centimètre près des conteneurs pouvant peser trente tonnes. « À la onzième heure, on ne voit plus la charge. On voit des ombres. Et en bas, il y a des collègues », explique-t-il. Sa femme, Maribel, vend des repas devant le terminal ; elle est venue avec leurs deux enfants à l’assemblée de mardi : « Il rentre à la maison et ne parle pas, il s’écroule sur le lit. Ce n’est pas une vie. »',
        'Lors de cette assemblée, les travailleurs ont adopté une plateforme de quatre revendications :',
        {
          list: [
            'Le rétablissement immédiat des trois équipes de huit heures.',
            'La réintégration des intérimaires qui n’ont plus été appelés depuis le changement.',
            'Un comité de sécurité avec des délégués élus sur chaque quai.',
            'Aucune retenue sur salaire ni représailles pour les jours de grève.',
          ],
        },
        'Le ministère du Travail a convoqué les parties à une réunion de médiation jeudi. En attendant, la fédération a annoncé qu’elle maintiendrait la grève et que des délégations de <a href="https://portuariosdelsur.example/solidaridad">travailleurs portuaires de Paita et de Matarani</a> viendraient au Callao par solidarité. « Si les navires doivent attendre, qu’ils attendent », a déclaré Ccahuana. « Nous, ça fait des années que nous attendons. »',
      ],
    },

    // 4. An organisation's statement: the federation is the only byline.
    {
      key: 'callao-federation-statement',
      site: 'es-pe',
      slug: 'comunicado-federacion-portuaria-callao',
      section: 'trabajadores',
      kicker: 'Comunicado',
      headline: 'La huelga del Callao es por la vida de quienes mueven el puerto',
      dek: 'La Federación de Trabajadores Portuarios del Callao llama a la solidaridad de los trabajadores del Perú y explica los puntos de su medida de lucha.',
      authors: ['federacion-portuaria-callao'],
      tags: ['Puertos', 'Huelgas', 'Comunicados'],
      publishedHoursAgo: 70,
      body: [
        'A los trabajadores y trabajadoras del Perú, a las organizaciones sindicales y populares, a los vecinos del Callao y a la opinión pública:',
        'La Federación de Trabajadores Portuarios del Callao informa que desde el lunes sus bases se encuentran en huelga indefinida en el Terminal Bahía Grande. No tomamos esta decisión a la ligera. La tomamos después de tres semanas de cartas sin respuesta, de reuniones canceladas a última hora y de un memorando que, de un día para otro, nos impuso turnos de doce horas.',
        'Los estibadores, operadores, tarjadores y vigilantes del puerto somos quienes cargamos y descargamos lo que el país come, viste y usa. Lo hacemos de día y de noche, con sol y con neblina, en un oficio donde un segundo de cansancio puede costar una mano o una vida. Por eso defendemos la jornada de ocho horas: no por comodidad, sino por seguridad.',
        'Nuestra huelga se sostiene en los cuatro puntos aprobados en asamblea general:',
        {
          ordered: true,
          list: [
            'Restitución inmediata del sistema de tres turnos de ocho horas en todos los muelles del terminal.',
            'Reincorporación de todos los trabajadores eventuales que dejaron de ser convocados desde el cambio de turnos, con respeto de su antigüedad en el registro.',
            'Conformación de una comisión de seguridad y salud en el trabajo con delegados elegidos por los propios trabajadores en cada muelle, con acceso a los reportes de accidentes.',
            'Compromiso escrito de no aplicar descuentos, sanciones ni represalias contra ningún trabajador por participar en la huelga.',
          ],
        },
        'Rechazamos cualquier intento de reemplazar a los huelguistas con personal de terceros, algo que la ley no permite, y responsabilizamos al consorcio por la seguridad de nuestros compañeros y compañeras en los piquetes.',
        'Llamamos a los sindicatos de Lima y de las regiones, a los gremios de transportistas, a los mercados y a las ollas comunes a visitar nuestros piquetes en las puertas 1 y 3, a aportar a la caja de huelga y a difundir esta lucha. Agradecemos a los compañeros portuarios de Paita y Matarani, y a los sindicatos hermanos de otros puertos del continente que nos han hecho llegar su saludo.',
        'Las donaciones de víveres pueden entregarse en nuestro local sindical, y los aportes en dinero, a través de <a href="https://fetrapoc.example/caja-de-huelga">la caja de huelga de la federación</a>. Cada sol cuenta y cada visita a los piquetes también.',
        '<strong>¡Ocho horas para trabajar, ocho para descansar, ocho para vivir!</strong><br>Consejo Directivo de la Federación de Trabajadores Portuarios del Callao',
      ],
    },

    // 5. A report from Lima's hills.
    {
      key: 'lima-water-cuts',
      site: 'es-pe',
      slug: 'cerros-de-lima-sin-agua',
      section: 'sociedad',
      headline: 'Cinco días sin agua: los cerros de Lima esperan la cisterna',
      dek: 'Miles de familias en las laderas del norte, este y sur de la capital dependen de camiones cisterna que llegan tarde, cobran caro y no alcanzan para todos.',
      authors: ['mateo-huaman'],
      tags: ['Agua', 'Lima', 'Barrios'],
      lead: 'pe-lima-hills',
      publishedHoursAgo: 100,
      body: [
        'A las cinco de la mañana, cuando todavía no aclara sobre los arenales de <strong>Nueva Vida del Cerro</strong>, Doris Mamani ya está sentada sobre un bidón vacío en la última curva de la trocha. Espera la cisterna. Hace cinco días que por los caños de su barrio no sale ni una gota, y el camión que sube los jueves no subió.',
        '«Aquí el agua llega cuando quiere», dice. Con lo que guarda en tres baldes tiene que cocinar, lavar los uniformes del colegio de sus hijos y bañar a su madre, que tiene 78 años y no camina bien. «Uno aprende a bañarse con una taza. Pero eso no debería ser normal en la capital».',
        'En las laderas de San Juan de Lurigancho, Villa María del Triunfo y Carabayllo, decenas de asentamientos humanos no tienen conexión a la red pública o la tienen solo por horas. Según un <a href="https://observatorioagua.example/informes/lima-laderas">informe del Observatorio Ciudadano del Agua</a>, una red de vecinos y estudiantes de ingeniería, una familia que compra agua de cisterna paga por metro cúbico hasta <em>diez veces</em> más que una que tiene medidor en un distrito residencial.',
        {
          quote:
            'No es que falte agua en Lima: falta agua arriba. La ciudad ha crecido hacia los cerros durante cuarenta años y las tuberías se quedaron abajo.',
          cite: 'Gustavo Llanos, ingeniero sanitario del Observatorio Ciudadano del Agua',
        },
        'Esta semana, el problema se agravó por el mantenimiento de un reservorio que abastece a la parte alta del distrito. La empresa estatal de agua anunció el corte con dos días de anticipación en sus redes sociales, pero en Nueva Vida del Cerro casi nadie se enteró. «Aquí la señal no llega bien y los avisos vienen en letras chiquitas», cuenta Julio Sánchez, dirigente vecinal.',
        'Los vecinos se organizaron como en la pandemia: una lista en la pizarra de la olla común con los nombres de las familias que tienen adultos mayores, bebés o enfermos, para que la primera cisterna llegue a ellas. Los jóvenes suben los baldes por escaleras de tierra de más de doscientos peldaños.',
        'La municipalidad distrital envió dos camiones el miércoles por la noche, que alcanzaron para la mitad de las viviendas. El resto tuvo que pagar a cisterneros privados, que cobran entre 15 y 25 soles por cilindro, según la altura. «Cuando hay corte, el precio sube. Así de simple», dice un conductor que pide no ser identificado.',
        'Los dirigentes de seis asentamientos han pedido una mesa de trabajo con la empresa de agua y el municipio, y preparan una movilización para la próxima semana. Su pedido es concreto: un cronograma público de cortes, cisternas gratuitas mientras duren y una fecha para las obras de conexión que, dicen, les prometen desde hace diez años. Las organizaciones que quieran apoyar pueden escribir a la <a href="https://nuevavidadelcerro.example/contacto">junta vecinal</a>.',
        'Doris Mamani vuelve a su casa a las nueve con los baldes vacíos. «Mañana vengo otra vez», dice.',
      ],
    },

    // 6. Analysis with two bylines.
    {
      key: 'congreso-reforma-laboral',
      site: 'es-pe',
      slug: 'reforma-laboral-congreso-que-cambia',
      section: 'politica',
      kicker: 'Análisis',
      headline: 'La reforma laboral que avanza en el Congreso: qué cambia y a quién le conviene',
      dek: 'El proyecto que flexibiliza contratos temporales y despidos ya tiene dictamen favorable. Repasamos sus puntos centrales y lo que dicen trabajadores de Lima y de las regiones.',
      authors: ['mateo-huaman', 'lucia-condori'],
      tags: ['Congreso', 'Reforma laboral', 'Sindicatos'],
      publishedHoursAgo: 30,
      body: [
        'La Comisión de Trabajo del Congreso aprobó esta semana el dictamen del proyecto de <em>Ley de Empleo Ágil</em>, que podría llegar al Pleno antes de fin de mes. Sus promotores lo presentan como una herramienta contra la informalidad, que alcanza a siete de cada diez trabajadores del país. Los sindicatos lo ven como un retroceso de varias décadas.',
        { h: 'Qué dice el proyecto' },
        'El texto tiene cuarenta artículos, pero sus efectos se concentran en unos pocos puntos:',
        {
          list: [
            'Amplía de cinco a ocho años el plazo máximo de los contratos temporales sucesivos con un mismo empleador.',
            'Reduce la indemnización por despido arbitrario en las empresas de menos de cien trabajadores.',
            'Crea un régimen especial para menores de 25 años, sin gratificaciones ni compensación por tiempo de servicios durante los dos primeros años.',
            'Permite pactar jornadas de hasta doce horas por acuerdo individual, sin pasar por el sindicato.',
          ],
        },
        'Este último punto no es un detalle técnico. En el Callao, los portuarios del Terminal Bahía Grande están en <a href="https://meridiano-pe.example/trabajadores/huelga-portuarios-callao-turnos-doce-horas">huelga contra los turnos de doce horas</a> impuestos por memorando. Si la reforma se aprueba, advierten sus dirigentes, ese tipo de cambio podría hacerse legal con la firma de cada trabajador por separado.',
        '«Un acuerdo individual entre un estibador y un consorcio transnacional no es un acuerdo, es una orden con firma», resume Carmen Ayala, abogada laboralista y docente universitaria. Para Ayala, el proyecto «debilita la negociación colectiva sin decirlo» y traslada al trabajador solo el peso de negociar condiciones que hoy se discuten en conjunto.',
        { h: 'Lo que se ve desde las regiones' },
        'En Cusco y Puno, donde el empleo formal es todavía más escaso que en Lima, la discusión se vive de otra manera. «Aquí los jóvenes trabajan en hoteles y agencias de turismo con contratos de tres meses, renovados una y otra vez», cuenta Yeni Huillca, delegada de un sindicato hotelero en Cusco. «Con esta ley, eso se va a poder hacer durante ocho años. ¿Cuándo vamos a tener estabilidad?».',
        'Los gremios empresariales sostienen, en cambio, que la rigidez de las normas actuales empuja a las pequeñas empresas a la informalidad y que el régimen juvenil abrirá puertas a quienes hoy no consiguen su primer empleo. Es un argumento que se repite en cada reforma desde los años noventa; los sindicatos responden que, tras cada una de ellas, la informalidad siguió en niveles parecidos.',
        'La votación en el Pleno dependerá de las bancadas más pequeñas, que aún no anuncian su posición. Las centrales sindicales han convocado a una jornada nacional de protesta para el día en que el proyecto sea agendado, y organizaciones de <a href="https://coordinadorasindicalsur.example/reforma">trabajadores del sur andino</a> anunciaron que se sumarán con movilizaciones en Cusco, Arequipa y Puno.',
      ],
    },

    // 7. The original of the Portuguese translation: inline image, video, pull quote, divider.
    {
      key: 'comunidades-mineras-sur',
      site: 'es-pe',
      slug: 'qollpa-comunidad-rio-proyecto-minero',
      section: 'sociedad',
      kicker: 'Sur andino',
      headline: 'Qollpa, la comunidad que no quiere cambiar su río por una mina',
      dek: 'En las alturas de Cusco, comuneros quechuas se oponen a la ampliación de un proyecto minero que, temen, secará los manantiales de los que dependen sus pastos y sus familias.',
      authors: ['lucia-condori'],
      tags: ['Minería', 'Agua', 'Comunidades campesinas', 'Cusco'],
      lead: 'pe-andes',
      publishedHoursAgo: 140,
      body: [
        'A 4200 metros de altura, el viento corta la cara y el sol quema al mismo tiempo. Desde la loma donde pastan sus alpacas, Felícitas Ccorimanya señala una línea gris en el cerro de enfrente: es la trocha que la empresa <strong>Minera Altura Dorada</strong> abrió el año pasado para sus estudios de exploración. «Antes ahí había un ojo de agua», dice en quechua, y su nieta traduce. «Ahora hay polvo».',
        'La comunidad campesina de Qollpa, en una de las provincias altas de Cusco, agrupa a unas 300 familias que viven de la crianza de alpacas y ovejas y de pequeñas chacras de papa. El proyecto <em>Wayra Orqo</em>, un yacimiento de cobre en exploración avanzada, busca ampliar su área hacia las cabeceras del río Qollpamayu, que abastece a la comunidad y a otras cuatro más abajo.',
        {
          image: 'pe-river',
          caption:
            'El río Qollpamayu a su paso por los pastos comunales. Cuatro comunidades dependen de sus aguas.',
        },
        'Los comuneros dicen que la consulta que se hizo fue una reunión de una tarde, en castellano, con un traductor que trajo la empresa. «Nos hablaron de trabajo, de una posta médica, de una carretera. Del agua no nos hablaron», recuerda Nicanor Huarca, presidente de la comunidad. En asamblea, Qollpa votó en contra de la ampliación y pidió al Estado un estudio hídrico independiente.',
        {
          pullquote:
            'Nos hablaron de trabajo, de una posta médica, de una carretera. Del agua no nos hablaron.',
          attribution: 'Nicanor Huarca, presidente de la comunidad de Qollpa',
        },
        'En una respuesta escrita a este diario, la empresa asegura que el proyecto «cumple con todos los estándares ambientales» y que usará agua recirculada. Pero en la vecina comunidad de Chaupimarca, que convive desde hace una década con otra operación minera, la experiencia es distinta. Según sus dirigentes, tres de los cinco manantiales que usaban se secaron. Un <a href="https://redaguasandinas.example/monitoreo/chaupimarca">monitoreo comunitario</a> hecho con apoyo de una universidad regional encontró en el riachuelo metales por encima de los límites permitidos.',
        'Las mujeres de Qollpa organizaron una vigilia permanente junto al río. Llevan ollas, mantas y la bandera de la comunidad. Cada mañana miden el caudal con una vara marcada y anotan el resultado en un cuaderno. «Si el agua baja, nosotras vamos a ser las primeras en saberlo», dice Ccorimanya.',
        {
          video: VIDEO,
          title: 'Big Buck Bunny (video de muestra)',
          caption:
            'Video de relleno para la demo: Big Buck Bunny, © Blender Foundation, CC BY 3.0. No muestra imágenes de Qollpa.',
        },
        { divider: true },
        'El caso de Qollpa no es aislado. En el sur andino se concentra buena parte de la cartera minera del país, y los conflictos socioambientales, muchos de ellos por el agua, son los más numerosos entre los que registra la Defensoría del Pueblo. Para los comuneros, la discusión no es si quieren o no desarrollo. «Queremos colegio, queremos posta», dice Huarca. «Pero no a cambio del río. Sin el río no hay Qollpa».',
        'La próxima asamblea regional de comunidades está convocada para fin de mes en la capital provincial. Qollpa llevará su cuaderno.',
      ],
    },

    // 8. An unsigned brief.
    {
      key: 'breve-paro-transportistas',
      site: 'es-pe',
      slug: 'transportistas-lima-callao-anuncian-paro',
      section: 'politica',
      kicker: 'Breve',
      headline: 'Transportistas de Lima y Callao anuncian un paro para el jueves',
      dek: 'Gremios de conductores de buses y combis exigen un plan contra las extorsiones y una revisión del precio del combustible.',
      authors: [],
      tags: ['Transporte', 'Paro'],
      publishedHoursAgo: 6,
      body: [
        'Los gremios de transporte urbano de Lima y Callao anunciaron un paro de 24 horas para este jueves. La medida, acordada la noche del lunes por la <strong>Coordinadora de Conductores Unidos</strong>, exige al Gobierno un plan contra las extorsiones que sufren choferes y cobradores, y la revisión del precio del combustible.',
        '«Salimos a trabajar sin saber si vamos a volver. Pagamos cupos, pagamos el petróleo cada vez más caro, y al final del día no queda nada para la casa», dijo Richard Flores, conductor de una ruta entre Comas y Chorrillos, al término de la asamblea.',
        'Los organizadores pidieron a los usuarios prever otros medios de transporte y anunciaron una concentración frente al Congreso a las diez de la mañana. Meridiano Perú seguirá informando.',
      ],
    },

    // 9. Spanish → Portuguese.
    {
      key: 'comunidades-mineras-sur-pt',
      site: 'pt-br',
      slug: 'qollpa-comunidade-rio-projeto-de-mineracao',
      section: 'internacional',
      kicker: 'Peru',
      headline: 'Qollpa, a comunidade que não quer trocar seu rio por uma mina',
      dek: 'Nas alturas de Cusco, camponeses quéchuas se opõem à ampliação de um projeto de mineração que, temem, vai secar as nascentes das quais dependem seus pastos e suas famílias.',
      authors: ['lucia-condori'],
      translators: ['beatriz-lima'],
      origin: { translationOf: 'comunidades-mineras-sur' },
      tags: ['Peru', 'Mineração', 'Água', 'Povos indígenas'],
      lead: 'pe-andes',
      publishedHoursAgo: 90,
      body: [
        'A 4.200 metros de altitude, o vento corta o rosto e o sol queima ao mesmo tempo. Do morro onde suas alpacas pastam, Felícitas Ccorimanya aponta uma linha cinza na montanha em frente: é a estrada de terra que a empresa <strong>Minera Altura Dorada</strong> abriu no ano passado para seus estudos de exploração. “Antes ali tinha um olho-d’água”, diz em quéchua, e a neta traduz. “Agora tem poeira.”',
        'A comunidade camponesa de Qollpa, em uma das províncias altas de Cusco, reúne cerca de 300 famílias que vivem da criação de alpacas e ovelhas e de pequenas roças de batata. O projeto <em>Wayra Orqo</em>, uma jazida de cobre em fase avançada de exploração, quer ampliar sua área em direção às cabeceiras do rio Qollpamayu, que abastece a comunidade e outras quatro rio abaixo.',
        {
          image: 'pe-river',
          caption:
            'O rio Qollpamayu ao passar pelas pastagens comunitárias. Quatro comunidades dependem de suas águas.',
        },
        'Os moradores dizem que a consulta feita foi uma reunião de uma tarde, em espanhol, com um tradutor levado pela empresa. “Falaram de emprego, de um posto de saúde, de uma estrada. Da água não falaram”, lembra Nicanor Huarca, presidente da comunidade. Em assembleia, Qollpa votou contra a ampliação e pediu ao Estado um estudo hídrico independente.',
        {
          pullquote:
            'Falaram de emprego, de um posto de saúde, de uma estrada. Da água não falaram.',
          attribution: 'Nicanor Huarca, presidente da comunidade de Qollpa',
        },
        'Em resposta por escrito a este jornal, a empresa garante que o projeto “cumpre todos os padrões ambientais” e que vai usar água recirculada. Mas na comunidade vizinha de Chaupimarca, que convive há uma década com outra operação de mineração, a experiência é diferente. Segundo suas lideranças, três das cinco nascentes que usavam secaram. Um <a href="https://redaguasandinas.example/monitoreo/chaupimarca">monitoramento comunitário</a> feito com o apoio de uma universidade regional encontrou no riacho metais acima dos limites permitidos.',
        'As mulheres de Qollpa organizaram uma vigília permanente à beira do rio. Levam panelas, cobertores e a bandeira da comunidade. Toda manhã medem a vazão com uma vara marcada e anotam o resultado em um caderno. “Se a água baixar, nós vamos ser as primeiras a saber”, diz Ccorimanya.',
        {
          video: VIDEO,
          title: 'Big Buck Bunny (vídeo de exemplo)',
          caption:
            'Vídeo provisório para a demonstração: Big Buck Bunny, © Blender Foundation, CC BY 3.0. Não mostra imagens de Qollpa.',
        },
        { divider: true },
        'O caso de Qollpa não é isolado. O sul andino concentra boa parte da carteira de projetos de mineração do país, e os conflitos socioambientais, muitos deles pela água, são os mais numerosos entre os registrados pela Defensoria do Povo peruana. Para os moradores, a discussão não é se querem ou não desenvolvimento. “Queremos escola, queremos posto de saúde”, diz Huarca. “Mas não em troca do rio. Sem o rio não existe Qollpa.”',
        'A próxima assembleia regional de comunidades está marcada para o fim do mês, na sede da província. Qollpa vai levar seu caderno.',
      ],
    },

    // 10. A same-language republication from the Argentine edition; the loader copies its body.
    {
      key: 'huelga-docentes-buenos-aires',
      site: 'es-pe',
      slug: 'docentes-de-buenos-aires-paran-por-salarios',
      section: 'internacional',
      kicker: 'Desde Buenos Aires',
      headline: 'Docentes de Buenos Aires paran por salarios y por la escuela pública',
      dek: 'Meridiano Perú republica la crónica de nuestro diario hermano de Argentina.',
      authors: ['martina-sosa'],
      origin: { republicationOf: 'bsas-teachers-strike' },
      tags: ['Argentina', 'Educación', 'Huelgas'],
      publishedHoursAgo: 55,
      body: [
        'Nota de la redacción: esta crónica se republica tal como la publicó Meridiano, nuestro diario hermano de Buenos Aires; el texto que se lee aquí es una copia del original, que el sistema toma directamente de la edición argentina.',
      ],
    },
  ],
};
