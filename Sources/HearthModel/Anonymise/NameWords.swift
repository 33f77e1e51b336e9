/// The words around names that are not names: how a child addresses someone ("Nanna", "Mrs", "Ammi"), roles
/// ("Neighbour") and the capitalised words of ordinary writing (months, festivals, languages). `hearth anonymise`
/// keeps them, so "Nanna Pat" becomes "Nanna Jo" and "Mrs Ahmed" becomes "Mrs Khan".
enum NameWords {
    /// Words a name may stand after or instead of; kept as they are.
    static let titles: Set<String> = [
        "Mummy", "Mum", "Mam", "Mom", "Mommy", "Mother", "Daddy", "Dad", "Father", "Nanna", "Nana", "Nan", "Nanny", "Gran",
        "Granny", "Grandma", "Grandmother", "Grandad", "Granddad", "Grandpa", "Grandfather", "Auntie", "Aunty", "Aunt", "Uncle",
        "Cousin", "Baby", "Big", "Little", "Mr", "Mrs", "Miss", "Ms", "Mx", "Dr", "Sister", "Brother", "Nurse", "Judge", "PC",
        "Officer", "Sir", "Teacher", "Neighbour", "Friend", "Doctor", "Police", "Social", "Worker", "Health", "Visitor",
        "Ammi", "Ammu", "Abbu", "Abu", "Ami", "Nani", "Dadi", "Dada", "Khala", "Khalu", "Chacha", "Chachi", "Mamu", "Baji",
        "Bhai", "Apa", "Babcia", "Dziadek", "Ciocia", "Wujek", "Mama", "Tata", "Bunica", "Bunicul", "Papa", "Step", "Foster",
    ]

    /// Titles after which the next word is a family name.
    static let familyNameTitles: Set<String> = ["Mr", "Mrs", "Miss", "Ms", "Mx", "Dr", "Judge", "PC", "Officer"]

    /// Lower-case words after which a capitalised word is someone's name ("my cousin Sana", "her friend Jo").
    static let introducers: Set<String> = [
        "cousin", "friend", "sister", "brother", "auntie", "aunty", "uncle", "nanna", "nana", "gran", "granny", "grandad",
        "neighbour", "teacher", "boyfriend", "girlfriend", "partner", "called", "named", "baby",
    ]

    /// Capitalised words of ordinary writing that are never a person's name here.
    static let ordinary: Set<String> = Set([
        "I", "I'm", "I’m", "OK", "TV", "GP", "NHS", "NSPCC", "Childline", "Christmas", "Easter", "Eid", "Diwali", "Ramadan",
        "Hanukkah", "Vaisakhi", "Halloween", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "English", "Welsh", "Polish", "Romanian", "Urdu", "Panjabi", "Punjabi", "Bengali", "Arabic", "Somali",
        "Gujarati", "Portuguese", "Spanish", "God", "Allah", "Jesus", "Mosque", "Church", "Court", "School", "Nursery",
        "Hospital", "A&E", "Words", "Pictures", "Three", "Houses", "House", "Worries", "Dreams", "Good", "Things", "Safety",
        "Plan", "Family", "Centre", "Council", "Services", "Children's", "Social", "Care", "Year", "Reception", "Lego",
        "YouTube", "Minecraft", "Roblox", "Fortnite", "Peppa", "Pig", "Bluey", "Road", "Street", "Avenue", "Lane", "Close",
        "Drive", "Way", "Crescent", "Gardens", "Place", "Terrace", "Grove", "Hill", "Row", "Walk", "Square", "Mews", "Rise",
        "View", "Park", "Primary", "Infant", "Junior", "Academy", "High", "Secondary", "College", "Lodge", "Centre",
    ]).union(titles)
}
