import type { DemoContent } from './types.ts';

/*
 * Demo content of the southern editions: Meridiano (Buenos Aires, es-AR) and Meridiano Brasil
 * (São Paulo, pt-BR), with their translations into English and across the two languages.
 * Everything here was written for the demo: people, unions, companies, schools, hospitals and
 * books are fictional; only cities, neighbourhoods and public institutions in general are real.
 */

export const south: DemoContent = {
  contributors: [
    {
      key: 'martina-sosa',
      kind: 'person',
      name: 'Martina Sosa',
      title: {
        es: 'Periodista de educación, Buenos Aires',
        en: 'Education reporter, Buenos Aires',
        pt: 'Repórter de educação, Buenos Aires',
      },
      bio: {
        es: 'Martina Sosa cubre educación y salud pública para Meridiano desde 2019. Fue maestra de grado en Florencio Varela antes de dedicarse al periodismo y sigue escribiendo desde las aulas y los pasillos de los hospitales del conurbano.',
        en: 'Martina Sosa has covered education and public health for Meridiano, our sister paper in Buenos Aires, since 2019. A former primary-school teacher in Florencio Varela, she still reports from the classrooms and hospital corridors of Greater Buenos Aires.',
        pt: 'Martina Sosa cobre educação e saúde pública para o Meridiano, jornal irmão de Buenos Aires, desde 2019. Foi professora do ensino fundamental em Florencio Varela antes de virar jornalista e continua escrevendo a partir das salas de aula e dos corredores de hospital da Grande Buenos Aires.',
      },
      links: [
        { label: 'Website', url: 'https://martinasosa.example' },
        { label: 'Mastodon', url: 'https://mastodon.example/@martinasosa' },
      ],
      photo: true,
    },
    {
      key: 'facundo-ibarra',
      kind: 'person',
      name: 'Facundo Ibarra',
      title: { es: 'Economía y cultura, Buenos Aires' },
      bio: {
        es: 'Facundo Ibarra escribe sobre economía, salarios y libros en Meridiano. Economista de formación, da clases en una universidad pública del conurbano y coordina un taller de lectura en una biblioteca popular de Avellaneda.',
      },
      links: [{ label: 'Bluesky', url: 'https://bsky.example/profile/facundoibarra' }],
      photo: true,
    },
    {
      key: 'helena-duarte',
      kind: 'person',
      name: 'Helena Duarte',
      title: {
        pt: 'Repórter de trabalho, São Paulo',
        es: 'Periodista laboral, San Pablo',
      },
      bio: {
        pt: 'Helena Duarte cobre trabalho, moradia e movimentos sociais para o Meridiano Brasil. Antes, passou dez anos em rádios comunitárias da zona leste de São Paulo.',
        es: 'Helena Duarte cubre trabajo, vivienda y movimientos sociales para Meridiano Brasil, el diario hermano de San Pablo. Antes pasó diez años en radios comunitarias de la zona este de la ciudad.',
      },
      links: [
        { label: 'Website', url: 'https://helenaduarte.example' },
        { label: 'Mastodon', url: 'https://mastodon.example/@helenaduarte' },
      ],
      photo: true,
    },
    {
      key: 'thiago-nunes',
      kind: 'person',
      name: 'Thiago Nunes',
      title: { pt: 'Repórter de cultura, São Paulo' },
      bio: {
        pt: 'Thiago Nunes escreve sobre música, carnaval e cultura das periferias para o Meridiano Brasil. Toca tamborim numa bateria de escola de samba desde os doze anos e nunca perdeu um desfile.',
      },
      links: [{ label: 'Instagram', url: 'https://fotos.example/@thiagonunes' }],
      photo: true,
    },
    {
      key: 'valeria-campos',
      kind: 'person',
      name: 'Valeria Campos',
      title: {
        es: 'Traductora del portugués, Buenos Aires',
        pt: 'Tradutora do português, Buenos Aires',
      },
      bio: {
        es: 'Valeria Campos traduce literatura y periodismo del portugués al castellano. Vivió cinco años en San Pablo y coordina la mesa de traducción de Meridiano en Buenos Aires.',
        pt: 'Valeria Campos traduz literatura e jornalismo do português para o espanhol. Morou cinco anos em São Paulo e coordena a mesa de tradução do Meridiano em Buenos Aires.',
      },
      links: [{ label: 'Website', url: 'https://valeriacampos.example' }],
      photo: true,
    },
    {
      key: 'jordan-ellis',
      kind: 'person',
      name: 'Jordan Ellis',
      title: {
        en: 'Translator from Spanish, New York',
        es: 'Traductor del castellano al inglés, Nueva York',
      },
      bio: {
        en: 'Jordan Ellis translates reporting and fiction from Spanish into English. A former union organizer in the Bronx, he has worked on Meridian’s translation desk since its first issue.',
        es: 'Jordan Ellis traduce periodismo y ficción del castellano al inglés. Fue organizador sindical en el Bronx y trabaja en la mesa de traducción de Meridian, en Nueva York, desde su primer número.',
      },
      links: [{ label: 'Mastodon', url: 'https://mastodon.example/@jordanellis' }],
      photo: true,
    },
    {
      key: 'marina-tavares',
      kind: 'person',
      name: 'Marina Tavares',
      title: {
        pt: 'Tradutora do espanhol, São Paulo',
        es: 'Traductora del castellano al portugués, San Pablo',
      },
      bio: {
        pt: 'Marina Tavares traduz jornalismo e poesia do espanhol para o português. Professora de línguas na rede pública, colabora com a mesa de tradução do Meridiano Brasil desde a sua fundação.',
        es: 'Marina Tavares traduce periodismo y poesía del castellano al portugués. Es profesora de idiomas en escuelas públicas de San Pablo y colabora con la mesa de traducción de Meridiano Brasil desde su fundación.',
      },
      links: [{ label: 'Website', url: 'https://marinatavares.example' }],
      photo: true,
    },
    {
      key: 'consejo-editorial',
      kind: 'organisation',
      name: 'Consejo editorial de Meridiano',
      localNames: {
        en: 'Meridian Editorial Board',
        pt: 'Conselho editorial do Meridiano',
        fr: 'Comité de rédaction de Méridien',
        de: 'Redaktion Meridian',
      },
      title: {
        es: 'Red de diarios Meridiano',
        en: 'Meridian newspaper network',
        pt: 'Rede de jornais Meridiano',
        fr: 'Réseau de journaux Méridien',
        de: 'Zeitungsnetzwerk Meridian',
      },
      bio: {
        es: 'El consejo editorial de Meridiano reúne a las editoras y los editores de los seis diarios de la red. Firma las declaraciones conjuntas que se publican al mismo tiempo en todas las ediciones.',
        en: 'The Meridian Editorial Board brings together the editors of the network’s six newspapers. It signs the joint statements published at the same time in every edition.',
        pt: 'O Conselho editorial do Meridiano reúne as editoras e os editores dos seis jornais da rede. Assina as declarações conjuntas publicadas ao mesmo tempo em todas as edições.',
        fr: 'Le Comité de rédaction de Méridien réunit les rédactrices et les rédacteurs en chef des six journaux du réseau. Il signe les déclarations communes publiées simultanément dans toutes les éditions.',
        de: 'In der Redaktion Meridian kommen die Chefredakteurinnen und Chefredakteure der sechs Zeitungen des Netzwerks zusammen. Sie zeichnet die gemeinsamen Erklärungen, die gleichzeitig in allen Ausgaben erscheinen.',
      },
      links: [{ label: 'Website', url: 'https://meridiano.example/red' }],
      photo: true,
    },
  ],

  images: [
    {
      key: 'ar-classroom',
      scene: 'classroom',
      palette: 'day',
      seed: 11,
      alt: {
        es: 'Ilustración: un aula vacía con bancos en fila y un pizarrón',
        en: 'Illustration: an empty classroom with rows of desks and a blackboard',
        pt: 'Ilustração: uma sala de aula vazia com carteiras enfileiradas e uma lousa',
      },
      caption: {
        es: 'Un aula vacía durante el paro docente en el conurbano bonaerense.',
        en: 'An empty classroom during the teachers’ strike in Greater Buenos Aires.',
        pt: 'Uma sala de aula vazia durante a greve de professores na Grande Buenos Aires.',
      },
      credit: 'Lucía Benegas',
    },
    {
      key: 'br-riders',
      scene: 'bicycle',
      palette: 'dusk',
      seed: 23,
      alt: {
        pt: 'Ilustração: entregadores de bicicleta numa avenida ao entardecer',
        es: 'Ilustración: repartidores en bicicleta por una avenida al atardecer',
      },
      caption: {
        pt: 'Entregadores de aplicativo na zona oeste de São Paulo, onde o protesto começou.',
        es: 'Repartidores de aplicaciones en la zona oeste de San Pablo, donde empezó la protesta.',
      },
      credit: 'Ateliê Meridiano',
    },
    {
      key: 'ar-press',
      scene: 'crowd',
      palette: 'red',
      seed: 7,
      alt: {
        es: 'Ilustración: una multitud con pancartas en una manifestación callejera',
        en: 'Illustration: a crowd holding placards at a street demonstration',
        pt: 'Ilustração: uma multidão com cartazes numa manifestação de rua',
        fr: 'Illustration : une foule brandissant des pancartes lors d’une manifestation',
        de: 'Illustration: eine Menschenmenge mit Schildern bei einer Straßendemonstration',
      },
      caption: {
        es: 'Cubrir una protesta es parte del trabajo de la prensa, no un delito.',
        en: 'Covering a protest is part of the work of the press, not a crime.',
        pt: 'Cobrir um protesto é parte do trabalho da imprensa, não um crime.',
        fr: 'Couvrir une manifestation fait partie du travail de la presse : ce n’est pas un délit.',
        de: 'Über eine Demonstration zu berichten gehört zur Arbeit der Presse und ist kein Verbrechen.',
      },
      credit: 'Estudio Meridiano',
    },
    {
      key: 'ar-books',
      scene: 'books',
      palette: 'ochre',
      seed: 5,
      alt: { es: 'Ilustración: una pila de libros sobre una mesa junto a una lámpara' },
      caption: {
        es: 'La novela de Inés Barrionuevo narra el primer año de una fábrica recuperada por sus trabajadores.',
      },
      credit: 'Lucía Benegas',
    },
    {
      key: 'ar-hospital',
      scene: 'hospital',
      palette: 'day',
      seed: 13,
      alt: { es: 'Ilustración: la fachada de un hospital con ventanas iluminadas' },
      caption: {
        es: 'El Hospital del Sur atiende a chicos de buena parte del sur del conurbano.',
      },
      credit: 'Estudio Meridiano',
    },
    {
      key: 'ar-congreso',
      scene: 'parliament',
      palette: 'dusk',
      seed: 29,
      alt: { es: 'Ilustración: un edificio parlamentario con cúpula al atardecer' },
      caption: {
        es: 'Diputados tratará el financiamiento de las universidades nacionales en una sesión especial.',
      },
      credit: 'Estudio Meridiano',
    },
    {
      key: 'br-houses',
      scene: 'houses',
      palette: 'dusk',
      seed: 19,
      alt: {
        pt: 'Ilustração: prédios antigos do centro da cidade com janelas acesas ao anoitecer',
      },
      caption: {
        pt: 'A Ocupação Lanterna abriga 86 famílias a poucas quadras da estação da Luz.',
      },
      credit: 'Ateliê Meridiano',
    },
    {
      key: 'br-music',
      scene: 'music',
      palette: 'night',
      seed: 31,
      alt: {
        pt: 'Ilustração: músicos com tambores e instrumentos de percussão num ensaio noturno',
      },
      caption: {
        pt: 'A bateria da Unidos da Forja ensaia às quintas-feiras na quadra de São Bernardo do Campo.',
      },
      credit: 'Camila Roiz',
    },
    {
      key: 'br-train',
      scene: 'train',
      palette: 'dawn',
      seed: 3,
      alt: { pt: 'Ilustração: um trem de metrô parado numa plataforma vazia ao amanhecer' },
      caption: { pt: 'Plataforma vazia na manhã da greve dos metroviários.' },
      credit: 'Ateliê Meridiano',
    },
  ],

  series: [],

  articles: [
    // 1. Original (es-AR): the Buenos Aires province teachers' strike.
    {
      key: 'bsas-teachers-strike',
      site: 'es-ar',
      slug: 'paro-docente-provincia-de-buenos-aires-salarios-escuelas',
      section: 'trabajadores',
      kicker: 'Educación',
      headline:
        'Paro docente en la provincia de Buenos Aires por salarios y escuelas que se caen a pedazos',
      dek: 'La Unión Docente Bonaerense convocó a un paro de 48 horas para exigir un aumento que le gane a la inflación y un plan urgente de obras para cientos de escuelas.',
      authors: ['martina-sosa'],
      tags: ['Educación', 'Huelgas'],
      lead: 'ar-classroom',
      publishedHoursAgo: 60,
      body: [
        'Las aulas de buena parte de la provincia de Buenos Aires amanecieron vacías este martes. La <strong>Unión Docente Bonaerense</strong> (UDB) abrió un paro de 48 horas en reclamo de una recomposición salarial y de un plan de obras urgente para cientos de escuelas con techos rotos, calefacción apagada e instalaciones eléctricas peligrosas. Según el gremio, la adhesión superó el 80 por ciento en el conurbano y fue casi total en varias ciudades del interior.',
        'En la puerta de la Escuela Primaria N.º 34 de González Catán, en La Matanza, un grupo de maestras repartía volantes a las familias que llegaban sin saber si había clases. “Hace diecinueve años que doy clases y nunca llegué tan justa a fin de mes”, dijo Graciela Ferreyra, maestra de cuarto grado. “Tengo dos cargos, corrijo de noche y aun así el sueldo se me termina el quince. No es un paro contra los chicos: es para que la escuela siga en pie.”',
        { h: 'Baldes en el aula y estufas apagadas' },
        'Esta vez, el reclamo salarial llegó acompañado de un relevamiento que la propia UDB hizo en 1.200 escuelas durante el otoño. El informe, <a href="https://udb.example/relevamiento-edilicio">publicado en el sitio del gremio</a>, registra filtraciones en cuatro de cada diez edificios, calefactores fuera de servicio en casi un tercio y decenas de escuelas que suspendieron las clases al menos una vez por pérdidas de gas. En muchas, los arreglos los terminan pagando las cooperadoras con rifas y ferias de platos.',
        {
          quote:
            'Vos entrás a las siete y media, prendés la luz y rezás para que no salte la térmica. Si llueve, corrés los bancos y ponés el balde. Después nos piden que enseñemos como si nada.',
          cite: 'Norma Villalba, delegada de la UDB en Quilmes',
        },
        'La asamblea que votó la medida aprobó un pliego de reclamos que el gremio presentará este viernes en la mesa paritaria:',
        {
          list: [
            'Un aumento que recupere lo perdido frente a la inflación en los últimos doce meses, con una cláusula de actualización trimestral.',
            'Un plan de obras con fondos específicos y plazos públicos para las escuelas que el relevamiento encontró en situación crítica.',
            'La reparación inmediata de calefactores e instalaciones de gas antes del invierno.',
            'Más cargos de auxiliares y la titularización de las y los docentes suplentes con años de antigüedad.',
          ],
        },
        'Desde el gobierno provincial sostuvieron que la última oferta, un aumento en dos tramos, “es la que permiten las cuentas públicas”, y anunciaron que descontarán los días de paro. En la UDB lo tomaron como una provocación. “Con descuentos no se arregla ni un techo”, respondió su secretaria general, Liliana Orzábal, en una conferencia de prensa en La Plata.',
        'En muchos barrios, las familias acompañaron. En Lomas de Zamora, madres y padres de la Secundaria N.º 12 armaron una olla popular frente al edificio y colgaron una bandera con la lista de arreglos pendientes. “Mi hija estudia con campera adentro del aula”, contó Daniela Ríos, que trabaja limpiando casas y no pudo ir a trabajar porque no tenía con quién dejar a sus hijos. “Igual estoy acá. Si los maestros no pelean por la escuela, ¿quién lo va a hacer?”',
        'La UDB anunció que, si no hay respuesta antes del viernes, convocará a una marcha provincial hacia la sede del gobierno en La Plata la semana próxima y a un nuevo paro de 72 horas. Otros gremios estatales ya adelantaron que se sumarán a la movilización.',
      ],
    },

    // 2. Translation into English (New York edition).
    {
      key: 'bsas-teachers-strike-en',
      site: 'en',
      slug: 'buenos-aires-province-teachers-strike-wages-schools',
      section: 'labor',
      kicker: 'Education',
      headline: 'Buenos Aires province teachers strike over wages and crumbling schools',
      dek: 'The Unión Docente Bonaerense called a 48-hour strike to demand a raise that beats inflation and an urgent repair plan for hundreds of schools.',
      authors: ['martina-sosa'],
      translators: ['jordan-ellis'],
      origin: { translationOf: 'bsas-teachers-strike' },
      tags: ['Education', 'Strikes', 'Argentina'],
      lead: 'ar-classroom',
      publishedHoursAgo: 40,
      body: [
        'Classrooms across much of Buenos Aires province stood empty on Tuesday morning. The <strong>Unión Docente Bonaerense</strong> (UDB), a teachers’ union, began a 48-hour strike to demand a pay settlement and an urgent works plan for hundreds of schools with broken roofs, heating switched off and dangerous wiring. According to the union, more than 80 percent of teachers stayed out in the suburbs of Greater Buenos Aires, and the strike was almost total in several towns further inland.',
        'At the door of Primary School No. 34 in González Catán, in the La Matanza district, a group of teachers handed out leaflets to families who arrived not knowing whether there would be classes. “I’ve been teaching for nineteen years and I’ve never been this short at the end of the month,” said Graciela Ferreyra, a fourth-grade teacher. “I hold two posts, I grade papers at night, and my salary still runs out by the fifteenth. This isn’t a strike against the kids: it’s so the school stays standing.”',
        { h: 'Buckets in the classroom, heaters switched off' },
        'This time the wage demand came with a survey the UDB itself carried out in 1,200 schools over the autumn. The report, <a href="https://udb.example/relevamiento-edilicio">published on the union’s website</a>, records leaks in four out of ten buildings, heaters out of service in almost a third, and dozens of schools that suspended classes at least once because of gas leaks. In many of them, repairs end up being paid for by parents’ associations through raffles and bake sales.',
        {
          quote:
            'You come in at half past seven, switch on the light and pray the breaker doesn’t trip. If it rains, you move the desks and put the bucket down. Then they ask us to teach as if nothing were wrong.',
          cite: 'Norma Villalba, UDB delegate in Quilmes',
        },
        'The assembly that voted for the strike approved a list of demands that the union will present on Friday at the wage-bargaining table:',
        {
          list: [
            'A raise that recovers what was lost to inflation over the last twelve months, with a quarterly adjustment clause.',
            'A works plan with earmarked funds and public deadlines for the schools the survey found to be in critical condition.',
            'Immediate repair of heaters and gas installations before winter.',
            'More caretaker posts, and tenure for substitute teachers who have worked for years without it.',
          ],
        },
        'The provincial government said its latest offer, a raise in two installments, “is what the public accounts allow,” and announced that strike days will be docked from pay. The UDB took that as a provocation. “Docking pay won’t fix a single roof,” its general secretary, Liliana Orzábal, replied at a press conference in La Plata.',
        'In many neighborhoods, families stood with the teachers. In Lomas de Zamora, parents from Secondary School No. 12 set up a community soup kitchen outside the building and hung a banner listing the repairs still pending. “My daughter studies in her coat inside the classroom,” said Daniela Ríos, a house cleaner who could not go to work because she had no one to leave her children with. “I’m here anyway. If the teachers don’t fight for the school, who will?”',
        'The UDB announced that if there is no answer by Friday, it will call a province-wide march to the seat of government in La Plata next week, and a new 72-hour strike. Other public-sector unions have already said they will join the mobilization.',
      ],
    },

    // 3. Translation into Portuguese (São Paulo edition).
    {
      key: 'bsas-teachers-strike-pt',
      site: 'pt-br',
      slug: 'greve-de-professores-na-provincia-de-buenos-aires',
      section: 'internacional',
      kicker: 'Argentina',
      headline:
        'Professores da província de Buenos Aires entram em greve por salários e escolas caindo aos pedaços',
      dek: 'A Unión Docente Bonaerense convocou uma paralisação de 48 horas para exigir um reajuste acima da inflação e um plano urgente de obras para centenas de escolas.',
      authors: ['martina-sosa'],
      translators: ['marina-tavares'],
      origin: { translationOf: 'bsas-teachers-strike' },
      tags: ['Educação', 'Greves', 'Argentina'],
      lead: 'ar-classroom',
      publishedHoursAgo: 30,
      body: [
        'As salas de aula de boa parte da província de Buenos Aires amanheceram vazias nesta terça-feira. A <strong>Unión Docente Bonaerense</strong> (UDB), sindicato de professores, iniciou uma greve de 48 horas para reivindicar recomposição salarial e um plano de obras urgente para centenas de escolas com telhados quebrados, aquecimento desligado e instalações elétricas perigosas. Segundo o sindicato, a adesão passou de 80% na região metropolitana e foi quase total em várias cidades do interior.',
        'Na porta da Escola Primária nº 34 de González Catán, no município de La Matanza, um grupo de professoras distribuía panfletos às famílias que chegavam sem saber se haveria aula. “Dou aula há dezenove anos e nunca cheguei tão apertada ao fim do mês”, disse Graciela Ferreyra, professora do quarto ano. “Tenho dois cargos, corrijo prova à noite e, mesmo assim, o salário acaba no dia quinze. Não é uma greve contra as crianças: é para que a escola continue de pé.”',
        { h: 'Baldes na sala de aula e aquecedores desligados' },
        'Desta vez, a reivindicação salarial veio acompanhada de um levantamento que a própria UDB fez em 1.200 escolas durante o outono. O relatório, <a href="https://udb.example/relevamiento-edilicio">publicado no site do sindicato</a>, registra infiltrações em quatro de cada dez prédios, aquecedores fora de serviço em quase um terço deles e dezenas de escolas que suspenderam as aulas pelo menos uma vez por vazamento de gás. Em muitas, os consertos acabam sendo pagos pelas associações de pais, com rifas e bazares.',
        {
          quote:
            'Você chega às sete e meia, acende a luz e reza para o disjuntor não cair. Se chove, afasta as carteiras e coloca o balde. Depois pedem que a gente dê aula como se nada estivesse acontecendo.',
          cite: 'Norma Villalba, delegada da UDB em Quilmes',
        },
        'A assembleia que votou a greve aprovou uma pauta de reivindicações que o sindicato vai apresentar nesta sexta-feira na mesa de negociação salarial:',
        {
          list: [
            'Um reajuste que recupere as perdas para a inflação dos últimos doze meses, com cláusula de atualização trimestral.',
            'Um plano de obras com verba específica e prazos públicos para as escolas que o levantamento encontrou em situação crítica.',
            'O conserto imediato de aquecedores e instalações de gás antes do inverno.',
            'Mais vagas de auxiliares e a efetivação das professoras e dos professores substitutos com anos de casa.',
          ],
        },
        'O governo provincial afirmou que sua última proposta, um reajuste em duas parcelas, “é o que as contas públicas permitem”, e anunciou que vai descontar os dias parados. A UDB recebeu o anúncio como uma provocação. “Com desconto não se conserta nem um telhado”, respondeu a secretária-geral do sindicato, Liliana Orzábal, em entrevista coletiva em La Plata.',
        'Em muitos bairros, as famílias apoiaram a greve. Em Lomas de Zamora, mães e pais da Escola Secundária nº 12 montaram uma panela popular em frente ao prédio e penduraram uma faixa com a lista de consertos pendentes. “Minha filha estuda de casaco dentro da sala”, contou Daniela Ríos, que trabalha como diarista e não pôde ir ao trabalho porque não tinha com quem deixar os filhos. “Mesmo assim estou aqui. Se os professores não lutarem pela escola, quem vai lutar?”',
        'A UDB anunciou que, se não houver resposta até sexta-feira, vai convocar uma marcha provincial até a sede do governo em La Plata na semana que vem e uma nova greve de 72 horas. Outros sindicatos de servidores públicos já avisaram que vão aderir à mobilização.',
      ],
    },

    // 4. Original (pt-BR): app delivery riders organise against RápidoJá's rate cut.
    {
      key: 'entregadores-sao-paulo',
      site: 'pt-br',
      slug: 'entregadores-se-organizam-contra-corte-do-rapidoja',
      section: 'trabalhadores',
      kicker: 'Aplicativos',
      headline: 'Entregadores de São Paulo se organizam contra corte de tarifas do RápidoJá',
      dek: 'Com o novo cálculo do aplicativo, quem roda todos os dias perdeu até um quinto da renda. Sem sindicato reconhecido, os entregadores formaram comissões por região e marcaram nova paralisação.',
      authors: ['helena-duarte'],
      tags: ['Aplicativos', 'Entregadores'],
      lead: 'br-riders',
      publishedHoursAgo: 90,
      body: [
        'Na última segunda-feira, centenas de motos e bicicletas tomaram a calçada em frente à sede do aplicativo <strong>RápidoJá</strong>, na zona oeste de São Paulo. Os entregadores protestavam contra a nova tabela de pagamento anunciada pela empresa no início do mês, que reduziu o valor mínimo por corrida e passou a pagar menos por quilômetro rodado. Pelas contas do coletivo Pedal e Motor, o corte chega a 20% da renda de quem trabalha todos os dias.',
        'Wellington Santos, 27 anos, faz entregas de bicicleta na região da avenida Paulista há três anos. Ele mostra no celular o extrato da última semana: 62 pedidos, quase 300 quilômetros pedalados, R$ 540 de ganho bruto. “Antes da mudança, com o mesmo tanto de pedido, eu tirava uns R$ 650. Não mudou nada na rua, só mudou o número na tela”, diz. “O algoritmo não tem rosto, mas quem paga a conta somos nós.”',
        {
          pullquote: 'O algoritmo não tem rosto, mas quem paga a conta somos nós.',
          attribution: 'Wellington Santos, entregador',
        },
        'A mobilização começou em grupos de mensagem e ganhou corpo nos pontos de espera: as calçadas em frente a restaurantes e shoppings onde os entregadores aguardam os chamados. Sem um sindicato reconhecido pela empresa, eles formaram uma comissão com representantes de cada região da cidade e aprovaram em assembleia uma pauta mínima:',
        {
          ordered: true,
          list: [
            'Volta da tabela anterior, com reajuste anual pela inflação.',
            'Pagamento pelo tempo de espera nos restaurantes acima de dez minutos.',
            'Fim dos bloqueios automáticos sem explicação, com direito de defesa antes de qualquer desligamento.',
            'Pontos de apoio com banheiro, água e tomada para carregar o celular.',
          ],
        },
        'Os bloqueios são a queixa que mais se repete. Jaqueline Moraes, 34 anos, mãe de dois filhos, ficou uma semana sem conseguir trabalhar depois que o aplicativo suspendeu sua conta por “comportamento irregular”. Ninguém explicou o que isso queria dizer. “Mandei mensagem, mandei e-mail, fui até o escritório. Quem respondeu foi um robô. Uma semana sem entrega é o aluguel que atrasa.”',
        {
          quote:
            'A empresa diz que a gente é parceiro. Parceiro não decide sozinho quanto o outro vai ganhar, nem desliga o outro sem dizer por quê. A gente só quer negociar como o que a gente é: trabalhador.',
          cite: 'Rogério Lima, da comissão de entregadores da zona leste',
        },
        'Procurada pela reportagem, a RápidoJá afirmou em nota que a nova tabela “busca equilibrar oferta e demanda” e que os entregadores “têm autonomia para escolher quando e quanto trabalhar”. A empresa não respondeu às perguntas sobre os bloqueios.',
        'Advogados trabalhistas ouvidos pelo <em>Meridiano Brasil</em> lembram que o debate sobre os direitos de quem trabalha por aplicativo segue aberto no país e que a organização coletiva não depende do aval da empresa. A comissão marcou uma nova paralisação para sexta-feira, na hora do almoço, e pede aos clientes que não façam pedidos pelo aplicativo entre 11h e 14h. “Se a cidade passar três horas sem pedir pelo RápidoJá, eles vão ter que nos ouvir”, diz Wellington.',
      ],
    },

    // 5. Translation into Spanish (Buenos Aires edition).
    {
      key: 'repartidores-san-pablo',
      site: 'es-ar',
      slug: 'repartidores-de-san-pablo-contra-el-recorte-de-rapidoja',
      section: 'internacional',
      kicker: 'Brasil',
      headline:
        'Los repartidores de San Pablo se organizan contra el recorte de tarifas de RápidoJá',
      dek: 'Con el nuevo cálculo de la aplicación, quienes trabajan todos los días perdieron hasta una quinta parte de sus ingresos. Sin un sindicato reconocido, los repartidores armaron comisiones por zona y convocaron a un nuevo paro.',
      authors: ['helena-duarte'],
      translators: ['valeria-campos'],
      origin: { translationOf: 'entregadores-sao-paulo' },
      tags: ['Aplicaciones', 'Brasil'],
      lead: 'br-riders',
      publishedHoursAgo: 70,
      body: [
        'El lunes pasado, cientos de motos y bicicletas coparon la vereda frente a la sede de la aplicación <strong>RápidoJá</strong>, en la zona oeste de San Pablo. Los repartidores protestaban contra la nueva tabla de pagos que la empresa anunció a principios de mes, que redujo el monto mínimo por viaje y empezó a pagar menos por kilómetro recorrido. Según las cuentas del colectivo Pedal e Motor, el recorte llega al 20 por ciento de los ingresos de quienes trabajan todos los días.',
        'Wellington Santos, de 27 años, hace entregas en bicicleta por la zona de la avenida Paulista desde hace tres años. Muestra en el celular el resumen de la última semana: 62 pedidos, casi 300 kilómetros pedaleados, 540 reales brutos. “Antes del cambio, con la misma cantidad de pedidos, sacaba unos 650. En la calle no cambió nada, solo cambió el número en la pantalla”, dice. “El algoritmo no tiene cara, pero la cuenta la pagamos nosotros.”',
        {
          pullquote: 'El algoritmo no tiene cara, pero la cuenta la pagamos nosotros.',
          attribution: 'Wellington Santos, repartidor',
        },
        'La movilización empezó en grupos de mensajería y fue tomando cuerpo en los puntos de espera: las veredas frente a restaurantes y shoppings donde los repartidores aguardan los pedidos. Sin un sindicato reconocido por la empresa, formaron una comisión con representantes de cada zona de la ciudad y aprobaron en asamblea un pliego mínimo:',
        {
          ordered: true,
          list: [
            'La vuelta a la tabla anterior, con actualización anual por inflación.',
            'El pago del tiempo de espera en los restaurantes cuando supera los diez minutos.',
            'El fin de los bloqueos automáticos sin explicación, con derecho a defensa antes de cualquier baja.',
            'Puntos de descanso con baño, agua y enchufes para cargar el celular.',
          ],
        },
        'Los bloqueos son la queja que más se repite. Jaqueline Moraes, de 34 años y madre de dos hijos, pasó una semana sin poder trabajar después de que la aplicación suspendiera su cuenta por “comportamiento irregular”. Nadie le explicó qué significaba eso. “Mandé mensajes, mandé mails, fui hasta la oficina. Me contestó un robot. Una semana sin entregas es el alquiler que se atrasa.”',
        {
          quote:
            'La empresa dice que somos socios. Un socio no decide solo cuánto va a ganar el otro, ni lo da de baja sin decirle por qué. Nosotros solo queremos negociar como lo que somos: trabajadores.',
          cite: 'Rogério Lima, de la comisión de repartidores de la zona este',
        },
        'Consultada por este diario, RápidoJá afirmó en un comunicado que la nueva tabla “busca equilibrar la oferta y la demanda” y que los repartidores “tienen autonomía para elegir cuándo y cuánto trabajar”. La empresa no respondió a las preguntas sobre los bloqueos.',
        'Abogados laboralistas consultados por <em>Meridiano Brasil</em> recuerdan que el debate sobre los derechos de quienes trabajan para aplicaciones sigue abierto en el país y que la organización colectiva no depende del visto bueno de la empresa. La comisión convocó a un nuevo paro para el viernes, a la hora del almuerzo, y les pide a los clientes que no hagan pedidos por la aplicación entre las 11 y las 14. “Si la ciudad pasa tres horas sin pedir por RápidoJá, nos van a tener que escuchar”, dice Wellington.',
      ],
    },

    // 6. Joint statement (es-AR original), signed by the editorial board only.
    {
      key: 'declaracion-red-meridiano',
      site: 'es-ar',
      slug: 'informar-no-es-un-delito-declaracion-de-la-red-meridiano',
      section: 'opinion',
      kicker: 'Declaración conjunta',
      headline: 'Informar no es un delito: declaración de los diarios de la red Meridiano',
      dek: 'Ante las agresiones a periodistas que cubren protestas en varios países, las redacciones de la red exigen investigaciones independientes y el fin de la persecución a la prensa.',
      authors: ['consejo-editorial'],
      tags: ['Libertad de prensa'],
      lead: 'ar-press',
      publishedHoursAgo: 20,
      body: [
        'Los diarios que formamos la red Meridiano publicamos hoy esta declaración en nuestras seis ediciones y en cada uno de nuestros cinco idiomas. Lo hacemos porque en los últimos meses, en varios países, periodistas y reporteros gráficos fueron golpeados, detenidos o heridos mientras cubrían manifestaciones. Algunos trabajaban para nuestros diarios; la mayoría, no. Para nosotros no hay diferencia.',
        'Quien cubre una protesta no toma partido: es los ojos de quienes no pueden estar ahí. Cuando una fuerza de seguridad apunta contra una cámara, no está restableciendo el orden; está decidiendo qué podrá saber la sociedad y qué no. Las balas de goma, los gases lanzados a quemarropa y las detenciones arbitrarias contra la prensa no son excesos aislados: son un mensaje dirigido a todos.',
        { h: 'Lo que vimos' },
        'Nuestras redacciones documentaron, en distintos países y bajo gobiernos de distinto signo, un mismo patrón: reporteros identificados con chalecos de prensa que reciben disparos a corta distancia; equipos confiscados o destruidos; colegas retenidos durante horas sin que nadie les informe el motivo; causas judiciales por “resistencia a la autoridad” contra quienes solo estaban filmando. A eso se suma el hostigamiento en las redes sociales, que muchas veces se ensaña especialmente con las periodistas mujeres.',
        'Las trabajadoras y los trabajadores de prensa más expuestos son, además, los más precarizados: fotógrafos que cobran por foto publicada, cronistas de medios comunitarios sin seguro, colaboradores que pagan de su bolsillo el casco y las antiparras. Defender la libertad de prensa es también defender sus condiciones de trabajo.',
        { h: 'Lo que exigimos' },
        'Por eso, los diarios de la red Meridiano reclamamos a los gobiernos, a los parlamentos y a las fuerzas de seguridad de cada uno de nuestros países:',
        {
          list: [
            'Que se investiguen de manera independiente todas las agresiones contra periodistas en manifestaciones y que se hagan públicos los resultados.',
            'Que se prohíba el uso de las armas llamadas “menos letales” contra quienes se identifican como prensa y contra cualquier persona que no represente un peligro inminente.',
            'Que cesen las detenciones de cronistas y la confiscación de sus equipos y archivos.',
            'Que los protocolos de actuación en protestas reconozcan la tarea de la prensa, incluida la de los medios comunitarios y la de quienes trabajan de forma independiente.',
          ],
        },
        'Vamos a seguir en la calle cada vez que la gente salga a reclamar, y vamos a seguir publicando lo que veamos, en todos nuestros idiomas. Una agresión contra una periodista o un periodista en cualquiera de nuestros países será noticia en todos los demás. Para eso existe una red de diarios hermanos: para que nadie informe solo.',
      ],
    },

    // 7. The statement in English.
    {
      key: 'meridian-network-statement',
      site: 'en',
      slug: 'reporting-is-not-a-crime-meridian-network-statement',
      section: 'opinion',
      kicker: 'Joint statement',
      headline: 'Reporting is not a crime: a statement by the newspapers of the Meridian network',
      dek: 'In the face of attacks on journalists covering protests in several countries, the network’s newsrooms demand independent investigations and an end to the persecution of the press.',
      authors: ['consejo-editorial'],
      translators: ['jordan-ellis'],
      origin: { translationOf: 'declaracion-red-meridiano' },
      tags: ['Press freedom'],
      lead: 'ar-press',
      publishedHoursAgo: 18,
      body: [
        'We, the newspapers of the Meridian network, publish this statement today in all six of our editions and in each of our five languages. We do so because in recent months, in several countries, reporters and photojournalists have been beaten, detained or injured while covering demonstrations. Some of them worked for our papers; most did not. To us, it makes no difference.',
        'Whoever covers a protest is not taking sides: they are the eyes of those who cannot be there. When a security force aims at a camera, it is not restoring order; it is deciding what society will and will not be allowed to know. Rubber bullets, tear gas fired at point-blank range and arbitrary arrests of the press are not isolated excesses: they are a message addressed to everyone.',
        { h: 'What we have seen' },
        'Our newsrooms have documented the same pattern in different countries and under governments of every stripe: reporters wearing press vests shot at close range; equipment seized or destroyed; colleagues held for hours without anyone telling them why; charges of “resisting authority” brought against people who were only filming. On top of this comes harassment on social media, which is often especially vicious toward women journalists.',
        'The press workers most exposed are also the most precarious: photographers paid by the published picture, community-media reporters with no insurance, freelancers who pay for their own helmets and goggles. Defending press freedom also means defending their working conditions.',
        { h: 'What we demand' },
        'That is why the newspapers of the Meridian network call on the governments, parliaments and security forces of each of our countries:',
        {
          list: [
            'To investigate independently every attack on journalists at demonstrations, and to make the findings public.',
            'To ban the use of so-called “less-lethal” weapons against anyone identified as press and against anyone who poses no imminent danger.',
            'To stop detaining reporters and seizing their equipment and files.',
            'To make protest-policing protocols recognize the work of the press, including community media and those who work independently.',
          ],
        },
        'We will keep going out into the streets whenever people go out to make their demands heard, and we will keep publishing what we see, in all our languages. An attack on a journalist in any of our countries will be news in all the others. That is what a network of sister newspapers is for: so that no one reports alone.',
      ],
    },

    // 8. The statement in Portuguese.
    {
      key: 'declaracao-rede-meridiano',
      site: 'pt-br',
      slug: 'informar-nao-e-crime-declaracao-da-rede-meridiano',
      section: 'politica',
      kicker: 'Declaração conjunta',
      headline: 'Informar não é crime: declaração dos jornais da rede Meridiano',
      dek: 'Diante das agressões a jornalistas que cobrem protestos em vários países, as redações da rede exigem investigações independentes e o fim da perseguição à imprensa.',
      authors: ['consejo-editorial'],
      translators: ['marina-tavares'],
      origin: { translationOf: 'declaracion-red-meridiano' },
      tags: ['Liberdade de imprensa'],
      lead: 'ar-press',
      publishedHoursAgo: 16,
      body: [
        'Nós, os jornais que formam a rede Meridiano, publicamos hoje esta declaração em nossas seis edições e em cada um dos nossos cinco idiomas. Fazemos isso porque, nos últimos meses, em vários países, jornalistas e repórteres fotográficos foram agredidos, detidos ou feridos enquanto cobriam manifestações. Alguns trabalhavam para os nossos jornais; a maioria, não. Para nós, não há diferença.',
        'Quem cobre um protesto não está tomando partido: é os olhos de quem não pode estar lá. Quando uma força de segurança aponta para uma câmera, não está restabelecendo a ordem; está decidindo o que a sociedade poderá ou não saber. Balas de borracha, gás lançado à queima-roupa e detenções arbitrárias contra a imprensa não são excessos isolados: são um recado dirigido a todos.',
        { h: 'O que vimos' },
        'Nossas redações documentaram, em países diferentes e sob governos de diferentes orientações, um mesmo padrão: repórteres identificados com coletes de imprensa atingidos por disparos a curta distância; equipamentos apreendidos ou destruídos; colegas retidos por horas sem que ninguém lhes informasse o motivo; processos por “resistência à autoridade” contra quem só estava filmando. Soma-se a isso o assédio nas redes sociais, que muitas vezes se volta com especial violência contra as jornalistas mulheres.',
        'As trabalhadoras e os trabalhadores da imprensa mais expostos são também os mais precarizados: fotógrafos que recebem por foto publicada, repórteres de veículos comunitários sem seguro, colaboradores que pagam do próprio bolso o capacete e os óculos de proteção. Defender a liberdade de imprensa é também defender as suas condições de trabalho.',
        { h: 'O que exigimos' },
        'Por isso, os jornais da rede Meridiano exigem dos governos, dos parlamentos e das forças de segurança de cada um dos nossos países:',
        {
          list: [
            'Que todas as agressões contra jornalistas em manifestações sejam investigadas de forma independente e que os resultados sejam tornados públicos.',
            'Que seja proibido o uso das chamadas armas “menos letais” contra quem se identifica como imprensa e contra qualquer pessoa que não represente perigo iminente.',
            'Que cessem as detenções de repórteres e a apreensão de seus equipamentos e arquivos.',
            'Que os protocolos de atuação em protestos reconheçam o trabalho da imprensa, incluindo os veículos comunitários e quem trabalha de forma independente.',
          ],
        },
        'Vamos continuar nas ruas sempre que as pessoas saírem para reivindicar, e vamos continuar publicando o que virmos, em todos os nossos idiomas. Uma agressão contra uma jornalista ou um jornalista em qualquer um dos nossos países será notícia em todos os outros. É para isso que existe uma rede de jornais irmãos: para que ninguém informe sozinho.',
      ],
    },

    // 9. Book review (es-AR).
    {
      key: 'resena-novela-fabrica',
      site: 'es-ar',
      slug: 'el-horno-no-se-apaga-resena-novela-ines-barrionuevo',
      section: 'cultura',
      kicker: 'Libros',
      headline:
        '“El horno no se apaga”: la novela de una fábrica que sus obreros se negaron a cerrar',
      dek: 'Inés Barrionuevo narra desde adentro, y sin épica de cartón, el primer año de una cerámica recuperada por sus trabajadores. Una novela coral sobre el miedo, las asambleas y el oficio.',
      authors: ['facundo-ibarra'],
      tags: ['Libros', 'Empresas recuperadas'],
      lead: 'ar-books',
      publishedHoursAgo: 160,
      body: [
        'Hay novelas que se leen como quien escucha una asamblea desde el fondo del galpón: al principio cuesta distinguir las voces, después ya no se puede dejar de escucharlas. <em>El horno no se apaga</em> (Editorial Carbonilla, 312 páginas), la segunda novela de Inés Barrionuevo, es de esas. Cuenta el primer año de Cerámica La Estrella, una fábrica del sur del conurbano que sus dueños abandonan una madrugada de invierno, con los sueldos impagos y los hornos todavía calientes.',
        'Lo que sigue le resultará conocido a cualquiera que haya seguido la historia de las empresas recuperadas en la Argentina: la toma, la carpa en la puerta, las ollas, el juzgado, la cooperativa. El mérito de Barrionuevo es que nada de eso aparece como lección. La novela avanza a través de cinco narradores —una esmaltadora, un hornero a punto de jubilarse, el hijo adolescente de una delegada, una abogada joven y el contador que se queda del lado de los trabajadores casi sin querer— y cada uno ve un pedazo distinto del mismo conflicto.',
        'El centro del libro es Rosa Medina, esmaltadora con veintidós años de fábrica, que descubre que sabe hablar en público la misma tarde en que se entera de que el horno grande no se puede apagar sin arruinarlo. Esa imagen técnica, precisa, sostiene toda la novela: si el fuego se corta, el horno se raja y la fábrica muere de verdad. Mantenerlo encendido cuesta gas, turnos de noche y discusiones interminables sobre quién paga la factura.',
        {
          quote:
            'Nadie nos enseñó a ser dueños. Nos enseñaron a llegar a horario, a no mirar al capataz a los ojos, a cobrar el cinco. Ahora el horno es nuestro y el miedo también, y a la noche, cuando me toca el turno, le hablo al fuego como si fuera un compañero más.',
          cite: 'Inés Barrionuevo, El horno no se apaga (Editorial Carbonilla)',
        },
        'Barrionuevo trabajó durante años en la prensa de una federación de cooperativas, y se nota en el oído para el habla de fábrica: los sobrenombres, los chistes pesados del comedor, la manera en que una votación se gana o se pierde en la fila del reloj. Pero la novela esquiva el costumbrismo. Las mejores páginas son las más íntimas: Rosa contando monedas para el colectivo, el hornero Almirón enseñándole el oficio a un pibe que podría ser su nieto, la abogada que duerme en la oficina del gerente fugado y no se anima a usar su taza.',
        'No todo funciona. El capítulo del juicio se estira más de la cuenta, y el contador, que prometía ser el personaje más ambiguo, se resuelve demasiado rápido en buena persona. Algunos diálogos explican lo que la escena ya había mostrado. Son defectos menores en un libro que se arriesga a algo difícil: narrar lo colectivo sin disolver a las personas.',
        'En tiempos en que el trabajo aparece en la ficción sobre todo como escenario de la angustia individual, <em>El horno no se apaga</em> propone otra cosa: que la dignidad también se construye en común, con errores, en reuniones que terminan a las dos de la mañana. No es una novela optimista. Es una novela que sabe que el fuego hay que cuidarlo todos los días.',
      ],
    },

    // 10. Explainer (es-AR): wages against inflation.
    {
      key: 'salarios-inflacion-2026',
      site: 'es-ar',
      slug: 'salarios-e-inflacion-por-que-el-aumento-no-alcanza',
      section: 'politica',
      kicker: 'Economía',
      headline: 'Salarios e inflación: por qué el aumento que cobrás no alcanza',
      dek: 'Una guía para entender la diferencia entre salario nominal y salario real, por qué los aumentos en cuotas pierden contra los precios y qué se discute en las paritarias de este año.',
      authors: ['facundo-ibarra'],
      tags: ['Salarios', 'Inflación', 'Paritarias'],
      publishedHoursAgo: 100,
      body: [
        'Cada vez que se cierra una paritaria aparece la misma pregunta en la mesa de la cocina: si el aumento fue del 30 por ciento, ¿por qué a fin de mes alcanza para menos? La respuesta no está en un error de cuentas del hogar, sino en la diferencia entre lo que dice el recibo de sueldo y lo que ese dinero permite comprar.',
        { h: 'Salario nominal y salario real' },
        'El <strong>salario nominal</strong> es el número que figura en el recibo. El <strong>salario real</strong> es lo que ese número vale medido en precios: cuántos kilos de pan, cuántos boletos de colectivo, cuántos meses de alquiler. Si el sueldo sube un 30 por ciento en un año y los precios suben un 40, el salario nominal creció, pero el real cayó: con más billetes se compran menos cosas.',
        'Hay además un segundo efecto, menos visible: el momento en que llega el aumento. Supongamos un sueldo de un millón de pesos y una inflación del 3 por ciento mensual. Si el aumento se cobra en tres cuotas, en marzo, julio y noviembre, durante los meses intermedios el sueldo queda quieto mientras los precios siguen subiendo. Aunque a fin de año el porcentaje total “empate” con la inflación, el trabajador perdió poder de compra cada uno de los meses que esperó.',
        { h: 'Lo que se discute en las paritarias' },
        'Por eso, en las negociaciones de este año, los gremios no discuten solo cuánto, sino también cómo y cuándo. Estos son los puntos que más se repiten en los pliegos:',
        {
          ordered: true,
          list: [
            'Aumentos mensuales o bimestrales, en lugar de cuotas espaciadas que dejan meses enteros sin actualización.',
            'Cláusulas de revisión automática cuando la inflación acumulada supera lo pactado.',
            'Sumas que se incorporen al básico, porque los bonos no remunerativos no cuentan para el aguinaldo, las vacaciones ni la jubilación.',
            'Una compensación por lo perdido en los meses anteriores, y no solo un aumento hacia adelante.',
          ],
        },
        'Un informe del Centro de Estudios del Trabajo del Sur, <a href="https://cets.example/informes/salario-real">disponible en su sitio</a>, calcula cuánto tendría que haber cobrado cada mes un trabajador para conservar el poder de compra que tenía un año antes y lo compara con lo que efectivamente cobró. La diferencia acumulada equivale, en muchos convenios, a más de un sueldo entero por año.',
        { divider: true },
        'Una última aclaración. Que los precios suban no es un fenómeno natural como la lluvia: detrás de cada remarcación hay decisiones, y detrás de cada paritaria, una relación de fuerzas. Que el salario le gane a la inflación depende menos de una fórmula que de cuánta gente esté dispuesta a sentarse a negociar y, cuando hace falta, a pararse a reclamar.',
      ],
    },

    // 11. Original (pt-BR): a housing occupation facing eviction.
    {
      key: 'ocupacao-centro-sp',
      site: 'pt-br',
      slug: 'ocupacao-lanterna-no-centro-de-sp-enfrenta-despejo',
      section: 'politica',
      kicker: 'Moradia',
      headline: 'Ocupação no centro de São Paulo, casa de 86 famílias, enfrenta ordem de despejo',
      dek: 'Há seis anos, o Movimento Teto Aceso ocupa um prédio de escritórios abandonado perto da Luz. Com a reintegração de posse marcada, as famílias pedem que o imóvel vire moradia social.',
      authors: ['helena-duarte'],
      tags: ['Moradia', 'Despejos'],
      lead: 'br-houses',
      publishedHoursAgo: 110,
      body: [
        'No oitavo andar da Ocupação Lanterna, a poucas quadras da estação da Luz, dona Cida Ferreira rega os vasos de manjericão na janela todo fim de tarde. Ela mora ali há seis anos, desde que o <strong>Movimento Teto Aceso</strong> entrou no prédio de escritórios, abandonado havia mais de duas décadas. Agora, uma decisão judicial marcou a reintegração de posse para o fim do mês, e as 86 famílias que vivem no edifício não sabem para onde vão.',
        'Quando chegaram, contam os moradores, não havia água, luz nem janelas nos andares de cima. O lixo acumulado chegava à altura dos joelhos. Em mutirões de fim de semana, os ocupantes refizeram a instalação elétrica com a ajuda de um eletricista voluntário, instalaram caixas-d’água e abriram uma cozinha comunitária e uma sala de reforço escolar no térreo. Hoje, 41 crianças moram no prédio, e todas estão matriculadas em escolas da região.',
        '“A gente não invadiu a casa de ninguém. Ocupou um prédio que estava morrendo, devendo imposto, servindo de depósito de rato”, diz Marcos Vinícius Alves, coordenador da ocupação. Segundo o movimento, o imóvel acumula dívidas de IPTU, e a empresa proprietária nunca apresentou nenhum projeto para o local.',
        {
          quote:
            'Eu pago a minha parte da luz, da água, da limpeza. Trabalho de cuidadora de idosos aqui perto e venho a pé. Se me mandarem para o fundão da zona leste, são quatro horas de ônibus por dia. Vou ter que escolher entre o emprego e os meus netos.',
          cite: 'Aparecida “Cida” Ferreira, 63 anos, moradora da Ocupação Lanterna',
        },
        'O caso expõe uma contradição antiga do centro paulistano: milhares de imóveis vazios ou subutilizados convivem com uma multidão de trabalhadores que gastam boa parte do salário com aluguel ou passam horas no transporte. A Constituição diz que a propriedade deve cumprir sua função social, e o Estatuto da Cidade prevê instrumentos para cobrar isso de imóveis abandonados. Na prática, dizem urbanistas, eles quase nunca são usados.',
        'A Defensoria Pública pediu a suspensão da ordem até que as famílias tenham atendimento habitacional definitivo. O movimento propõe que o poder público desaproprie o prédio e o transforme em moradia social, com as próprias famílias participando da reforma. Procurada, a prefeitura informou que as famílias serão cadastradas em programas habitacionais e poderão receber auxílio-aluguel.',
        '“Auxílio-aluguel não paga nem um quarto de pensão aqui no centro”, responde Marcos. “O que a gente quer é o que a lei já diz: prédio vazio tem que virar casa.”',
        'No sábado, a ocupação abriu as portas para um almoço com vizinhos, comerciantes da região e outros movimentos de moradia. No mural do térreo, as crianças desenharam o prédio com todas as janelas acesas. Embaixo, alguém escreveu: “Daqui a gente só sai com casa.”',
      ],
    },

    // 12. Culture (pt-BR): a samba school founded by metalworkers.
    {
      key: 'escola-de-samba-operarios',
      site: 'pt-br',
      slug: 'unidos-da-forja-escola-de-samba-dos-metalurgicos',
      section: 'cultura',
      kicker: 'Carnaval',
      headline:
        'Unidos da Forja, a escola de samba dos metalúrgicos do ABC, ensaia o desfile dos 45 anos',
      dek: 'Fundada por operários de uma fábrica de autopeças, a escola de São Bernardo do Campo leva para a avenida um enredo sobre o apito da fábrica. No barracão, quem solda as alegorias são aposentados da linha de montagem.',
      authors: ['thiago-nunes'],
      tags: ['Carnaval', 'Samba', 'ABC'],
      publishedHoursAgo: 130,
      body: [
        'Às nove da noite de uma quinta-feira, a quadra da <strong>Unidos da Forja</strong>, em São Bernardo do Campo, ainda cheira a solda. No fundo do barracão, três aposentados terminam a estrutura de ferro de um carro alegórico em forma de torno mecânico, enquanto a bateria esquenta os tamborins do outro lado do portão. Faltam seis semanas para o desfile, e a escola fundada por metalúrgicos completa 45 anos.',
        'A história da Forja começa em 1981, numa fábrica de autopeças da região. Depois do turno, um grupo de operários se reunia num bar em frente ao portão para batucar em latas de óleo. “Os encarregados achavam que era baderna. A gente achava que era a única hora do dia em que o corpo era nosso”, lembra seu Josué Pereira, 74 anos, um dos fundadores, que trabalhou 31 anos como ferramenteiro.',
        'O samba virou bloco, o bloco virou escola, e a escola nunca deixou de ser do chão de fábrica. A quadra foi erguida em mutirão, nos fins de semana, com material doado pelos próprios trabalhadores. Nas greves dos anos 1980, contam os antigos, a bateria tocou mais de uma vez na porta das assembleias.',
        { image: 'br-music' },
        'Este ano, o enredo se chama “O apito que chamava a gente” e conta a história do bairro pelo som da sirene que marcava a troca de turno. O samba, escolhido numa disputa com onze concorrentes, fala das marmitas, das filas de ônibus de madrugada, dos filhos que cresceram ouvindo o apito da janela de casa. A autora é Luana Reis, 29 anos, neta de metalúrgico e professora de música da rede pública.',
        '“Meu avô perdeu dois dedos na prensa e nunca deixou de ir ao ensaio”, conta Luana. “Eu quis escrever um samba que não fosse triste. A fábrica cansava, machucava, mas foi ali que essa gente aprendeu a se juntar. O samba é o que sobrou de bonito.”',
        'Sem grandes patrocinadores, a Forja depende da feijoada mensal, da venda de camisetas e das horas de trabalho de quem frequenta a quadra. As fantasias são costuradas por um grupo de costureiras do bairro, e a comissão de frente é formada por jovens de cursos técnicos da região. “Aqui todo mundo tem um ofício”, diz o mestre de bateria, Cláudio “Bigorna” Santos. “E todo mundo aprende o do outro.”',
        'No desfile, os 1.800 componentes vão entrar na avenida de macacão azul, capacete e luvas, e o último carro traz uma sirene de verdade, doada por uma fábrica que fechou as portas há dez anos. Seu Josué diz que vai chorar, como chora todo ano. “O apito tocava para a gente entrar. Agora toca para a gente sambar.”',
      ],
    },

    // 13. Short news (pt-BR), two authors: metro workers' strike.
    {
      key: 'greve-metro-sp',
      site: 'pt-br',
      slug: 'metroviarios-param-sao-paulo-contra-terceirizacao',
      section: 'trabalhadores',
      kicker: 'Greve',
      headline:
        'Metroviários param São Paulo contra terceirização e falta de funcionários nas estações',
      dek: 'A greve de 24 horas fechou a maior parte das estações desde a meia-noite. O sindicato se ofereceu para trabalhar com as catracas liberadas, mas a proposta foi recusada.',
      authors: ['helena-duarte', 'thiago-nunes'],
      tags: ['Greves', 'Transporte'],
      lead: 'br-train',
      publishedHoursAgo: 8,
      body: [
        'Os trabalhadores do metrô de São Paulo cruzaram os braços à meia-noite desta terça-feira. A greve de 24 horas, aprovada em assembleia na noite anterior pela <strong>União Metroviária Paulista</strong>, fechou a maior parte das estações e deixou milhões de passageiros procurando ônibus, vans e caronas para chegar ao trabalho.',
        'A categoria protesta contra o plano de terceirizar a bilheteria e a manutenção de parte das linhas e contra a falta de funcionários nas plataformas. Segundo o sindicato, há estações que funcionam à noite com um único agente de segurança para milhares de passageiros.',
        {
          quote:
            'Ninguém faz greve por gosto. A gente também pega ônibus lotado para voltar para casa. Mas se a estação fica sem gente, quem corre perigo é o passageiro.',
          cite: 'Sandra Oliveira, operadora de trem há 17 anos',
        },
        'Na véspera, o sindicato propôs trabalhar com as catracas liberadas, sem cobrar passagem, para não prejudicar a população. A direção da companhia recusou a proposta, classificou a greve como abusiva e anunciou que vai recorrer à Justiça.',
        'No terminal de ônibus do Tatuapé, a enfermeira Cláudia Rocha esperava havia uma hora para chegar ao hospital onde trabalha. “Está difícil para todo mundo hoje. Mas eu sei o que é trabalhar com a equipe desfalcada. Se é por isso, eu entendo”, disse. Uma nova assembleia está marcada para a noite desta terça para decidir os próximos passos.',
      ],
    },

    // 14. Original (es-AR): nurses at a children's hospital organise.
    {
      key: 'trabajadoras-hospital-del-sur',
      site: 'es-ar',
      slug: 'enfermeras-del-hospital-del-sur-se-organizan',
      section: 'sociedad',
      kicker: 'Salud',
      headline:
        'Las enfermeras del Hospital del Sur se organizan: “Cuidamos chicos con la mitad del personal”',
      dek: 'En el hospital pediátrico del sur del conurbano, las trabajadoras de enfermería eligieron una comisión interna para reclamar salarios dignos, pases a planta y guardias que ya no dan abasto.',
      authors: ['martina-sosa'],
      tags: ['Salud', 'Enfermería'],
      lead: 'ar-hospital',
      publishedHoursAgo: 150,
      body: [
        'Son las seis y media de la mañana y en la puerta del <strong>Hospital del Sur</strong>, el hospital pediátrico de referencia para buena parte del sur del conurbano, el cambio de turno se demora. Antes de entrar, una veintena de enfermeras se junta alrededor de un termo y firma una planilla. Es la tercera asamblea del mes y la primera con comisión interna elegida: once delegadas, una por servicio.',
        '“Empezamos con un grupo de WhatsApp para cubrirnos los francos y terminamos armando un sindicato adentro del hospital”, dice, entre risas, Romina Cáceres, enfermera de neonatología desde hace doce años y una de las delegadas. La risa dura poco. En su servicio, cuenta, hay noches en que dos enfermeras atienden a catorce bebés, varios con respirador.',
        'El reclamo tiene tres ejes: salarios que alcancen para vivir de un solo trabajo, el pase a planta permanente de las enfermeras contratadas —algunas llevan siete años renovando contratos trimestrales— y la incorporación de personal para cubrir los puestos vacantes. Según un relevamiento de la comisión, en el último año renunciaron 38 enfermeras, la mayoría para irse a clínicas privadas o al exterior.',
        {
          pullquote:
            'Nos dicen que somos esenciales. Esenciales para trabajar, pero no para cobrar.',
          attribution: 'Romina Cáceres, delegada de enfermería',
        },
        'La falta de personal se traduce en horas extras obligatorias y dobles turnos que se vuelven rutina. Lucía Benítez, de 26 años, hace guardias en la terapia intensiva y en una clínica privada de Lanús. “Salgo de acá, me tomo dos colectivos y entro allá. Hay semanas en que duermo más en el colectivo que en mi casa. Y no te podés equivocar nunca, porque lo que tenés adelante es un chico.” Romina lo resume en una frase que repiten todas: “Nos dicen que somos esenciales. Esenciales para trabajar, pero no para cobrar.”',
        {
          quote:
            'Las enfermeras son las que sostienen este hospital las veinticuatro horas. Los médicos pasamos, indicamos, y ellas se quedan. Si las perdemos, no hay tecnología que las reemplace.',
          cite: 'Jefe de un servicio de pediatría del Hospital del Sur, que pidió no ser identificado',
        },
        'Las familias también lo notan. En la sala de espera de la guardia, Marisa Godoy acompaña a su hijo de cuatro años, internado por una neumonía. “Las chicas no paran un minuto, y aun así te explican todo, te traen una frazada”, dice. “Si hacen un paro, yo voy a estar con ellas.”',
        'Por ahora, la comisión descarta medidas de fuerza que afecten la atención. El próximo paso es una presentación formal ante la dirección del hospital y el ministerio de Salud provincial, acompañada de un petitorio que ya juntó más de cuatro mil firmas entre trabajadores, familias y vecinos. “No queremos parar”, dice Romina. “Queremos que nos escuchen antes de que no quede nadie para cuidar.”',
      ],
    },

    // 15. Scheduled (es-AR): Congress to debate the university budget.
    {
      key: 'congreso-presupuesto-universitario',
      site: 'es-ar',
      slug: 'el-congreso-debate-el-presupuesto-universitario',
      section: 'politica',
      kicker: 'Universidad',
      headline:
        'El Congreso debate el presupuesto universitario con una marcha convocada frente al Palacio',
      dek: 'Diputados tratará en sesión especial los fondos para las universidades nacionales. Docentes, no docentes y estudiantes anunciaron una movilización para acompañar el debate.',
      authors: ['facundo-ibarra'],
      tags: ['Universidad', 'Congreso', 'Educación'],
      lead: 'ar-congreso',
      publishedHoursAgo: -36,
      status: 'scheduled',
      body: [
        'La Cámara de Diputados trata este jueves en sesión especial un proyecto de financiamiento de las universidades nacionales que propone actualizar por inflación las partidas para gastos de funcionamiento y los salarios de docentes y no docentes. La sesión fue pedida por diputados de distintos bloques, que aseguran tener el quórum.',
        'Las federaciones de docentes universitarios y los centros de estudiantes convocaron a una marcha desde las facultades hasta la plaza del Congreso. “Las universidades funcionan gracias a docentes que cobran por debajo de la línea de pobreza y a edificios que se sostienen con parches”, dijo Agustina Peralta, presidenta de un centro de estudiantes de la zona sur. “Venimos a recordarle al Congreso que la universidad pública no es un gasto: es lo que le permite a un pibe de barrio ser el primer profesional de su familia.”',
        'Si el proyecto obtiene media sanción, pasará después al Senado. En las universidades, mientras tanto, el cuatrimestre empezó con clases públicas en la calle y comisiones que discuten cómo sostener la cursada si el conflicto se extiende.',
      ],
    },
  ],
};
