/// Small closed lists of English words that signal or rule out names.
///
/// These are general grammar and news-writing knowledge (function words,
/// calendar words, titles, company suffixes, event and product nouns), not
/// names taken from any article.
enum WordLists {
    /// Function words that start sentences but never names (lower case).
    static let functionWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "in", "on", "at", "by", "for", "with", "from",
        "to", "of", "as", "but", "and", "or", "so", "if", "when", "while", "after", "before", "since",
        "because", "although", "though", "however", "meanwhile", "also", "then", "there", "here", "it",
        "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "what",
        "why", "how", "who", "where", "which", "during", "despite", "following", "according", "about",
        "into", "over", "under", "than", "yet", "not", "no", "yes", "all", "some", "every", "each",
        "many", "most", "more", "one", "two", "three", "both", "either", "neither", "just", "only",
        "even", "still", "now", "today", "yesterday", "tomorrow", "recently", "instead", "rather",
        "nonetheless", "furthermore", "moreover", "thus", "hence", "plus", "via", "like", "unlike",
        "let", "please", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have",
        "had", "will", "would", "can", "could", "should", "may", "might", "must", "said", "says",
    ]

    /// Words a run of capitalised words may not end with.
    static let connectorsAtEnd: Set<String> = ["of", "for", "de", "del", "la", "le", "von", "van", "der", "du", "da", "&", "."]

    /// Words of web-page furniture (calls to subscribe, share or log in), never names (lower case).
    static let pageFurniture: Set<String> = [
        "subscribe", "unsubscribe", "login", "logout", "log", "signup", "sign", "register", "share", "tweet",
        "follow", "like", "comment", "comments", "reply", "print", "email", "download", "click", "menu", "home",
        "search", "advertisement", "sponsored", "newsletter", "cookies", "privacy", "terms", "related", "trending",
    ]

    /// Months and weekdays: dates, not entities.
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow",
    ]

    /// Upper-case abbreviations that are common nouns, units or time zones, not names.
    static let nonNameAcronyms: Set<String> = [
        "AI", "API", "APIs", "PR", "CEO", "CTO", "CFO", "COO", "EST", "EDT", "PST", "PDT", "CST", "CDT",
        "ET", "PT", "GMT", "UTC", "AM", "PM", "TV", "FAQ", "URL", "PDF", "USB", "GPU", "CPU", "LLM",
        "LLMs", "AGI", "ID", "OK", "UI", "UX", "VR", "AR", "IT", "HR", "PS", "RSVP", "Q", "A", "I",
        "DIY", "FYI", "ASAP", "IPO", "VP", "SVP", "EVP", "RSS", "HTML", "PC", "HD", "4K", "3D", "2D",
    ]

    /// Titles and roles written before a person's name (lower case).
    static let personTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
        "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "minister", "judge",
        "ceo", "cto", "cfo", "coo", "chairman", "chairwoman", "chair", "founder", "co-founder",
        "cofounder", "director", "executive", "chief", "head", "researcher", "scientist", "analyst",
        "reporter", "journalist", "editor", "author", "writer", "artist", "actor", "actress", "singer",
        "spokesperson", "spokesman", "spokeswoman", "king", "queen", "prince", "princess", "pope",
        "general", "gen", "captain", "coach", "manager", "officer", "secretary", "chancellor",
        "producer", "host", "anchor", "commissioner", "attorney", "lawyer", "investor", "engineer",
        "professor", "vice", "deputy", "leader", "creator", "developer", "designer", "economist",
        "bishop", "archbishop", "cardinal", "rabbi", "imam", "reverend", "father", "sister", "brother",
        "emperor", "empress", "duke", "duchess", "count", "countess", "baron", "colonel", "major",
        "lieutenant", "sergeant", "admiral", "commander", "corporal", "private", "senior", "junior",
        "seniors", "juniors", "sophomore", "freshman", "fellow", "member", "councillor", "councilman",
        "councilwoman", "ambassador", "premier", "sheriff", "inspector", "detective", "agent",
    ]

    /// Rules out most words before they are lower-cased and looked up in `personTitles`.
    static let personTitleFilter = LowercaseFormFilter(personTitles)

    /// Whether a word, lower-cased, is a person's title (`personTitles`).
    static func isPersonTitle(_ word: String) -> Bool {
        personTitleFilter.mayContain(lowercased: word) && personTitles.contains(word.lowercased())
    }

    /// First words of names of places written "X of Y" ("City of Brampton").
    static let placeHeads: Set<String> = [
        "City", "County", "Province", "State", "Republic", "Kingdom", "Principality", "Duchy", "Isle",
        "Town", "Village", "Borough", "District", "Municipality", "Commonwealth", "Gulf", "Bay", "Lake",
        "Mount", "Port", "Cape", "Sea", "Strait", "Straits",
    ]

    /// Last words of organization names (as written).
    static let organizationSuffixes: Set<String> = [
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Co", "Co.", "Ltd", "Ltd.", "LLC",
        "LLP", "PLC", "plc", "GmbH", "AG", "SA", "Group", "Institute", "University", "College",
        "School", "Academy", "Foundation", "Association", "Society", "Agency", "Labs", "Lab",
        "Laboratory", "Laboratories", "Capital", "Partners", "Ventures", "Bank", "Council",
        "Committee", "Commission", "Ministry", "Department", "Party", "Union", "Federation",
        "Studios", "Studio", "Media", "Entertainment", "Pictures", "Records", "Motors", "Airlines",
        "Airways", "Systems", "Technologies", "Technology", "Holdings", "Industries", "Enterprises",
        "Solutions", "Software", "Networks", "Games", "Press", "Times", "Post", "Journal", "News",
        "Herald", "Tribune", "Gazette", "Reuters", "Associates", "Trust", "Fund", "Authority",
        "Office", "Bureau", "Service", "Board", "Court", "Congress", "Parliament", "Senate", "Army",
        "Navy", "Police", "Club", "Team", "Collective", "Alliance", "Coalition",
        "Hospital", "Museum", "Library", "Guild", "Church", "AI", "Robotics", "Dynamics", "Analytics",
        "Therapeutics", "Pharmaceuticals", "Energy", "Electric", "Communications", "Telecom", "Global",
        "Capital", "Investments", "Bancorp", "Financial", "Insurance", "Airlines",
    ]

    /// Last words of named events.
    static let eventSuffixes: Set<String> = [
        "Festival", "Summit", "Conference", "Convention", "Awards", "Award", "Olympics", "Games",
        "Championship", "Championships", "Cup", "Expo", "Forum", "Week", "Marathon", "Fair",
        "Election", "War", "Crisis", "Hackathon", "Symposium", "Workshop", "Gala", "Tournament",
        "Open", "Grand Prix", "Premiere", "Keynote", "Protest", "Protests", "Riots", "Strike",
    ]

    /// Last words of creative works' titles.
    static let workSuffixes: Set<String> = [
        "Show", "Podcast", "Series", "Saga", "Trilogy", "Chronicles", "Diaries", "Album", "Novel",
        "Magazine", "Newsletter", "Hour", "Tonight", "Live",
    ]

    /// Nouns that name software, models and online services (lower case).
    static let platformNouns: Set<String> = [
        "platform", "platforms", "app", "apps", "application", "model", "models", "chatbot", "bot",
        "service", "services", "website", "site", "network", "tool", "tools", "generator", "assistant",
        "browser", "software", "api", "engine", "system", "feature", "version", "os",
        "marketplace", "store", "repository", "library", "framework", "llm", "interface", "device",
    ]

    /// Nouns that name organised happenings (lower case).
    static let eventNouns: Set<String> = [
        "festival", "summit", "conference", "program", "programme", "initiative", "campaign", "competition",
        "contest", "tournament", "ceremony", "exhibition", "hackathon", "event", "expo", "fair", "gala",
    ]

    /// Nouns that name organizations (lower case).
    static let organizationNouns: Set<String> = [
        "company", "companies", "firm", "startup", "start-up", "group", "agency", "lab", "organization",
        "organisation", "institute", "team", "collective", "outlet", "publication", "newspaper",
        "nonprofit", "non-profit", "union", "party", "coalition", "maker", "developer", "studio",
        "giant", "rival", "competitor", "competitors", "rivals", "partner", "subsidiary", "unit",
        "conglomerate", "brand", "label", "network", "broadcaster", "regulator", "government", "bank",
    ]

    /// Nouns that name creative works (lower case).
    static let workNouns: Set<String> = [
        "show", "podcast", "film", "movie", "book", "novel", "series", "episode", "album", "song",
        "documentary", "newsletter", "magazine", "column", "blog", "play", "game", "video", "essay",
    ]

    /// Verbs of saying, which take a person (or an organization) as subject.
    static let speechVerbs: Set<String> = [
        "says", "said", "say", "told", "tells", "tell", "notes", "noted", "warns", "warned", "explains",
        "explained", "added", "adds", "wrote", "writes", "argued", "argues", "asked", "asks", "stated",
        "states", "claimed", "claims", "recalled", "recalls", "insists", "insisted", "announced",
    ]
}
