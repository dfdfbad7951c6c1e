"""Attendee lists as partner clusters write them, for the encoding tests and benchmarks/encodings.py.

Seeded composition: a list picks a country, a code page that country's offices use, a length, a
delimiter and a line ending, then people of that country (and, now and then, a guest from another)
whose names, companies and cities the code page can hold.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# country -> (language header, first names, surnames, companies, cities)
PEOPLE: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {
    "PL": (["Imię", "Nazwisko", "Firma", "Miasto"],
           ["Małgorzata", "Łukasz", "Wojciech", "Jędrzej", "Agnieszka", "Zdzisław", "Bożena", "Paweł", "Grażyna",
            "Maciej", "Żaneta", "Przemysław", "Katarzyna", "Stanisław", "Ewa", "Józef", "Mirosława", "Bartłomiej"],
           ["Wiśniewska", "Żółkiewski", "Dąbrowski", "Wójcik", "Kowalczyk", "Szczęsny", "Gwóźdź", "Jabłoński",
            "Nowak", "Łęcki", "Kamińska", "Zieliński", "Wróbel", "Mączyński", "Ślusarczyk", "Błaszczyk", "Kaźmierczak"],
           ["Zakłady Mechaniczne Śląsk", "Dolnośląski Klaster Lotniczy", "Politechnika Wrocławska", "Łódzka Specjalna Strefa",
            "Przedsiębiorstwo Usługowe Bór", "Fabryka Łożysk Tocznych", "Mazowiecki Park Technologiczny", "Stocznia Gdańska"],
           ["Łódź", "Wrocław", "Kraków", "Gdańsk", "Poznań", "Bielsko-Biała", "Ślęża", "Częstochowa", "Zielona Góra",
            "Rzeszów", "Świdnica", "Toruń"]),
    "CZ": (["Jméno", "Příjmení", "Společnost", "Město"],
           ["Jiří", "Tomáš", "Lenka", "Petr", "Kateřina", "Zdeněk", "Věra", "Ondřej", "Božena", "Lukáš", "Dagmar",
            "Přemysl", "Radka", "Jaroslav", "Šárka", "Vojtěch"],
           ["Dvořák", "Novotný", "Černý", "Procházková", "Kučera", "Veselý", "Horák", "Němec", "Pokorný", "Růžička",
            "Šťastný", "Hájek", "Králová", "Bartoš", "Říha", "Ďuriš", "Čermák"],
           ["Škoda Auto", "Vítkovice Strojírenství", "Třinecké železárny", "České vysoké učení technické",
            "Moravskoslezský automobilový klastr", "Tatra Kopřivnice", "Zbrojovka Uherský Brod", "Ústav teoretické mechaniky"],
           ["Příbram", "Ústí nad Labem", "Brno", "Plzeň", "České Budějovice", "Olomouc", "Hradec Králové", "Kopřivnice",
            "Třinec", "Žďár nad Sázavou", "Jihlava"]),
    "SK": (["Meno", "Priezvisko", "Spoločnosť", "Mesto"],
           ["Ľubomír", "Ján", "Zuzana", "Mária", "Ľudmila", "Štefan", "Dušan", "Katarína", "Róbert", "Andrej", "Jozef",
            "Ivana", "Ľuboš"],
           ["Horváth", "Kováč", "Varga", "Tóth", "Nagyová", "Baláž", "Molnár", "Šimko", "Kráľ", "Ďurica", "Čierny",
            "Lukáč", "Mäsiar"],
           ["Slovnaft", "Žilinská univerzita", "Strojárne Považská Bystrica", "Volkswagen Slovakia", "Košický klaster",
            "Výskumný ústav zváračský"],
           ["Bratislava", "Košice", "Žilina", "Prešov", "Banská Bystrica", "Trenčín", "Nitra", "Poprad", "Piešťany",
            "Liptovský Mikuláš"]),
    "HU": (["Keresztnév", "Vezetéknév", "Cég", "Város"],
           ["Ágnes", "Zoltán", "Gábor", "Erzsébet", "Lőrinc", "Tünde", "Győző", "Márta", "Ödön", "Béla", "Ilona",
            "Ferenc", "Júlia"],
           ["Szőke", "Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
            "Balogh", "Pálfi", "Győri", "Bíró", "Fűzfa", "Rácz"],
           ["Rába Járműipari", "Győri Ipari Park", "Budapesti Műszaki Egyetem", "Magyar Légiközlekedési Klaszter",
            "Ganz Gépgyár", "Pécsi Fémipari Kft."],
           ["Győr", "Pécs", "Székesfehérvár", "Debrecen", "Kecskemét", "Miskolc", "Szeged", "Nyíregyháza", "Veszprém",
            "Hódmezővásárhely"]),
    "SI": (["Ime", "Priimek", "Podjetje", "Mesto"],
           ["Žiga", "Matej", "Špela", "Nataša", "Blaž", "Tjaša", "Urška", "Janez", "Andrej", "Mojca", "Rok", "Boštjan"],
           ["Kovačič", "Horvat", "Novak", "Krajnc", "Zupančič", "Potočnik", "Mlakar", "Kos", "Vidmar", "Golob",
            "Turk", "Žagar", "Hočevar", "Kranjc", "Černe"],
           ["Gorenje", "Krka", "Elektrotehniški inštitut", "Slovenska orodjarska grozdna", "Štore Steel",
            "Tovarna Žičnice"],
           ["Ljubljana", "Maribor", "Celje", "Kranj", "Velenje", "Koper", "Škofja Loka", "Novo mesto", "Ptuj",
            "Murska Sobota", "Žalec"]),
    "HR": (["Ime", "Prezime", "Tvrtka", "Grad"],
           ["Ivan", "Marija", "Đuro", "Ana", "Tomislav", "Snježana", "Krešimir", "Željka", "Nikša", "Dražen", "Ivana",
            "Đurđica"],
           ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Kovačić", "Knežević", "Vuković", "Marković",
            "Perić", "Šarić", "Đurić", "Matić", "Božić", "Tomić"],
           ["Končar Elektroindustrija", "Đuro Đaković", "Brodogradilište Uljanik", "Podravka", "Sveučilište u Zagrebu",
            "Hrvatski klaster konkurentnosti"],
           ["Zagreb", "Split", "Rijeka", "Osijek", "Slavonski Brod", "Varaždin", "Šibenik", "Čakovec", "Požega",
            "Vukovar", "Karlovac"]),
    "DE": (["Vorname", "Nachname", "Firma", "Ort"],
           ["Jörg", "Jürgen", "Björn", "Günther", "Käthe", "Bärbel", "Sören", "Hans-Jürgen", "Ulrike", "Matthias",
            "Tobias", "Uwe"],
           ["Müller", "Schäfer", "Schröder", "Weiß", "Köhler", "Großmann", "Jäger", "Hoffmann", "Bäcker", "Krüger",
            "Fuß", "Schmitz", "Böhm", "Lührmann", "Wächter"],
           ["Maschinenfabrik Reinhausen", "Präzisionsteile Süd GmbH", "Fraunhofer-Institut für Lasertechnik",
            "Zahnradfabrik Friedrichshafen", "Gießerei Kühn", "Schwäbische Hüttenwerke", "Bosch Rexroth"],
           ["München", "Düsseldorf", "Köln", "Nürnberg", "Lüneburg", "Göttingen", "Würzburg", "Stuttgart", "Saarbrücken",
            "Osnabrück", "Gießen", "Tübingen"]),
    "FR": (["Prénom", "Nom", "Société", "Ville"],
           ["Benoît", "Hélène", "Étienne", "Zoë", "Françoise", "Jérôme", "Anaïs", "Gaëlle", "Loïc", "Cécile", "Noël",
            "Thérèse", "Joël", "Raphaël"],
           ["Lévêque", "Côté", "Noël", "Bérubé", "Lefèvre", "Dubœuf", "Gaëtan", "Moreau", "Ménard", "Château",
            "Blanchard", "Mérieux", "Crémieux", "Faÿ"],
           ["Aéroports de Lyon", "Société Générale d'Équipements", "Forges de Bretagne", "Électricité de Strasbourg",
            "Pôle Véhicule du Futur", "Cœur de Métal", "Mécanique Générale Rhône-Alpes"],
           ["Besançon", "Orléans", "Nîmes", "Béziers", "Saint-Étienne", "Châlons-en-Champagne", "Évry", "Lyon",
            "Montbéliard", "Sète", "Valençay", "Aÿ"]),
    "IT": (["Nome", "Cognome", "Azienda", "Città"],
           ["Niccolò", "Nicolò", "Mosè", "Giosuè", "Lucia", "Andrea", "Luca", "Ilaria", "Gaetano", "Beatrice", "Elia",
            "Francesca"],
           ["Della Valle", "Rossi", "Brambilla", "Mazzà", "Cantù", "Marinò", "Sciacchitano", "Galbiati", "Fabbrì",
            "Zanè", "Papà", "Esposito", "D'Alò", "Parà"],
           ["Società Aeronautica Lombarda", "Fonderia Città di Castello", "Università di Pavia", "Meccanica Forlì",
            "Cooperativa Unità", "Officine Galileo"],
           ["Forlì", "Cantù", "Santhià", "Cefalù", "Città di Castello", "Milano", "Varese", "Erbè", "Mondovì",
            "Ventimiglia", "Agrà"]),
    "ES": (["Nombre", "Apellidos", "Empresa", "Ciudad"],
           ["José", "María", "Begoña", "Íñigo", "Ramón", "Inés", "Sofía", "Jesús", "Ángel", "Lucía", "Álvaro", "Raúl"],
           ["Muñoz", "Núñez", "Ibáñez", "Peña", "García", "Martínez", "López", "Gómez", "Sánchez", "Pérez", "Rodríguez",
            "Fernández", "Güell", "Castaño"],
           ["Construcciones Aeronáuticas", "Industria de Turbo Propulsores", "Fundación Tecnalia", "Máquinas Herramienta Ñ",
            "Aeronáutica Andaluza", "Ingeniería Española"],
           ["Logroño", "Cádiz", "Málaga", "Córdoba", "León", "A Coruña", "Alcalá de Henares", "Ávila", "Almería",
            "Donostia", "Jaén", "Cáceres"]),
    "PT": (["Nome", "Apelido", "Empresa", "Cidade"],
           ["João", "Conceição", "Gonçalo", "Inês", "Sebastião", "Luís", "Tomás", "Fátima", "Estêvão", "Leonor",
            "Simão", "Antónia"],
           ["Gonçalves", "Guimarães", "Magalhães", "Simões", "Conceição", "Brandão", "Araújo", "Figueiredo", "Lourenço",
            "Assunção", "Patrício", "Falcão"],
           ["Embraer Évora", "Indústria Aeronáutica de Portugal", "Instituto Superior Técnico", "Têxteis de Guimarães",
            "Cerâmica Avô", "Metalúrgica Ação"],
           ["Lisboa", "Évora", "Setúbal", "Guimarães", "Bragança", "Viseu", "Póvoa de Varzim", "Amadora", "Famalicão",
            "Óbidos", "Santarém"]),
    "NL": (["Voornaam", "Achternaam", "Bedrijf", "Plaats"],
           ["Joëlle", "Daniël", "Noël", "Anouk", "Sjoerd", "Chloë", "Michiel", "Maaike", "Thijs", "Ruud", "Zoë", "Eline"],
           ["de Vries", "van der Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Hoëvel", "Reëel",
            "Coëlho", "Kuipers"],
           ["Fokker Technologies", "Koninklijke Schelde Groep", "Technische Universiteit Delft", "Brainport Industries",
            "Coöperatie Hightech"],
           ["Eindhoven", "Delft", "Rotterdam", "Utrecht", "Groningen", "Tilburg", "'s-Hertogenbosch", "Zwolle",
            "Enschede"]),
    "SE": (["Förnamn", "Efternamn", "Företag", "Ort"],
           ["Åsa", "Björn", "Göran", "Märta", "Ingrid", "Sören", "Åke", "Lena", "Stefan", "Örjan", "Mårten", "Kjell"],
           ["Åström", "Öberg", "Ström", "Sjögren", "Ångström", "Lindqvist", "Bäckström", "Löfgren", "Nordén",
            "Håkansson", "Ekström", "Sandén"],
           ["Saab Aeronautics", "Höganäs AB", "Sandvik Coromant", "Kungliga Tekniska högskolan", "Volvo Lastvagnar",
            "Norrlands Gjuteri", "Smålands Plåt"],
           ["Göteborg", "Malmö", "Linköping", "Västerås", "Örebro", "Jönköping", "Norrköping", "Umeå", "Luleå",
            "Trollhättan", "Borås"]),
    "GR": (["Όνομα", "Επώνυμο", "Εταιρεία", "Πόλη"],
           ["Χρυσαυγή", "Γιώργος", "Ελένη", "Δημήτρης", "Αικατερίνη", "Νίκος", "Σοφία", "Ευριπίδης", "Θεοδοσία",
            "Παναγιώτης", "Ειρήνη", "Βασίλειος"],
           ["Δαΐκου", "Παπαδόπουλος", "Αγγελίδης", "Μαρκόπουλος", "Οικονόμου", "Γεωργίου", "Βαμβακάς", "Τζιώρτζη",
            "Κωνσταντίνου", "Σφυρλάς", "Νικολάου"],
           ["Κουρσάρης Τεχνική Ι.Κ.Ε.", "Χριστοδουλάκης Μηχανική Α.Ε.", "Ελληνική Αεροπορική Βιομηχανία",
            "Μεταλλουργία Θεσσαλίας Ε.Π.Ε."],
           ["Θεσσαλονίκη", "Αθήνα", "Πάτρα", "Ηράκλειο", "Λάρισα", "Βόλος", "Ιωάννινα", "Καβάλα"]),
    "BG": (["Име", "Фамилия", "Фирма", "Град"],
           ["Бонислав", "Параход", "Хрельо", "Ленко", "Ростимир", "Веса", "Дея", "Неделяна", "Мария", "Георги",
            "Цветелина", "Йордан"],
           ["Каракашев", "Муев", "Колев", "Джогов", "Мангъфова", "Парашкевов", "Яркова", "Певецова", "Шкембова",
            "Иванов", "Щерев"],
           ["Кодуков Металик АД", "Мочев Инженеринг АД", "Макаронски Металик ООД", "Количков Инженеринг ЕООД"],
           ["Пловдив", "София", "Варна", "Бургас", "Русе", "Стара Загора", "Габрово", "Шумен"]),
    "UA": (["Ім'я", "Прізвище", "Компанія", "Місто"],
           ["Олександр", "Ірина", "Юлія", "Євген", "Ґалина", "Андрій", "Наталія", "Сергій", "Оксана", "Їжак"],
           ["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравчук", "Олійник", "Мельничук", "Гнатюк"],
           ["Антонов", "Мотор Січ", "Південмаш", "Харківський авіаційний завод"],
           ["Київ", "Харків", "Дніпро", "Запоріжжя", "Львів", "Одеса", "Івано-Франківськ"]),
    "RS": (["Име", "Презиме", "Предузеће", "Град"],
           ["Ђорђе", "Љубица", "Његош", "Милош", "Јелена", "Душан", "Ћирило", "Драгана", "Жељко"],
           ["Ђорђевић", "Јовановић", "Петровић", "Николић", "Марковић", "Ђукић", "Џаић", "Љубић"],
           ["Ласта", "Прва петолетка", "Мотор Шид", "Застава оружје"],
           ["Београд", "Нови Сад", "Ниш", "Крагујевац", "Суботица", "Чачак"]),
    "TR": (["Adı", "Soyadı", "Firma", "Şehir"],
           ["Çağlar", "Ayşe", "Gülşen", "İbrahim", "Şükrü", "Özlem", "Ömer", "Buğra", "Işıl", "Gökhan", "Nazlı"],
           ["Çelik", "Işık", "Yılmaz", "Öztürk", "Şahin", "Doğan", "Tevetoğlu", "Güneş", "Aydın", "Kılıç"],
           ["Yüksel Plastik San. ve Tic. A.Ş.", "Türk Havacılık", "Bursa Döküm", "Özdemir Makine Ltd. Şti."],
           ["Bursa", "İstanbul", "İzmir", "Eskişehir", "Kocaeli", "Gaziantep", "Çorum", "Muğla"]),
    "LT": (["Vardas", "Pavardė", "Įmonė", "Miestas"],
           ["Jūratė", "Žydrūnas", "Rūta", "Vytautas", "Gintarė", "Šarūnas", "Aušra", "Dovilė", "Mindaugas"],
           ["Kazlauskas", "Jankauskienė", "Petrauskas", "Žukauskas", "Stankevičius", "Vasiliauskaitė", "Šimkus"],
           ["Kauno technologijos universitetas", "Šilutės baldai", "Ekranas", "Žalgirio mašinos"],
           ["Kaunas", "Vilnius", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė"]),
    "LV": (["Vārds", "Uzvārds", "Uzņēmums", "Pilsēta"],
           ["Lilita", "Jānis", "Pēteris", "Ilze", "Kārlis", "Līga", "Māris", "Ģirts", "Ņina", "Aivars"],
           ["Bērziņš", "Kalniņa", "Ozoliņš", "Vanaga", "Krūmiņš", "Liepiņa", "Šmits", "Ķēniņš"],
           ["Pērkons Inženierija AS", "Rīgas Vagonbūves Rūpnīca", "Latvijas Gāze", "Ventspils Ostas Serviss"],
           ["Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils", "Rēzekne"]),
}

# the code pages each country's offices write; Unicode is covered elsewhere
CODE_PAGES_OF = {
    "PL": ["cp1250", "iso8859_2", "mac_latin2", "cp852"],
    "CZ": ["cp1250", "iso8859_2", "mac_latin2", "cp852"],
    "SK": ["cp1250", "iso8859_2", "mac_latin2", "cp852"],
    "HU": ["cp1250", "iso8859_2", "mac_latin2", "cp852"],
    "SI": ["cp1250", "iso8859_2", "mac_latin2", "cp852"],
    "HR": ["cp1250", "iso8859_2", "mac_latin2", "cp852"],
    "DE": ["cp1252", "iso8859_15", "mac_roman", "cp850", "cp1250"],
    "FR": ["cp1252", "iso8859_15", "mac_roman", "cp850"],
    "IT": ["cp1252", "iso8859_15", "mac_roman", "cp850"],
    "ES": ["cp1252", "iso8859_15", "mac_roman", "cp850"],
    "PT": ["cp1252", "iso8859_15", "mac_roman", "cp850"],
    "NL": ["cp1252", "iso8859_15", "mac_roman", "cp850"],
    "SE": ["cp1252", "iso8859_15", "mac_roman", "cp850", "cp1257"],
    "GR": ["cp1253", "iso8859_7"],
    "BG": ["cp1251", "koi8_r", "iso8859_5"],
    "UA": ["cp1251", "koi8_u"],
    "RS": ["cp1251", "iso8859_5"],
    "TR": ["cp1254", "iso8859_9"],
    "LT": ["cp1257", "iso8859_13", "iso8859_4"],
    "LV": ["cp1257", "iso8859_13", "iso8859_4"],
}
ENCODINGS = sorted({e for pages in CODE_PAGES_OF.values() for e in pages})
ENDINGS = ["\r\n", "\n", "\r"]


@dataclass(frozen=True)
class Sample:
    """One generated list: its text, its bytes and where it came from."""

    country: str
    encoding: str
    text: str
    data: bytes


def fits(encoding: str, text: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def sample(rng: random.Random, encoding: str | None = None, rows: tuple[int, int] = (3, 40)) -> Sample:
    """A list from one country in one of its code pages, a guest from elsewhere in one row of eight."""
    if encoding is None:
        country = rng.choice(sorted(PEOPLE))
        encoding = rng.choice(CODE_PAGES_OF[country])
    else:
        country = rng.choice(sorted(c for c, pages in CODE_PAGES_OF.items() if encoding in pages))
    delimiter, ending = rng.choice([";", ",", "\t"]), rng.choice(ENDINGS)
    lines = [delimiter.join(PEOPLE[country][0])]
    for _ in range(rng.randint(*rows)):
        guests = [c for c in sorted(PEOPLE) if all(any(fits(encoding, w) for w in words) for words in PEOPLE[c][1:])]
        origin = rng.choice(guests) if rng.random() < 0.125 else country
        lines.append(delimiter.join(_person(rng, origin, encoding)))
    text = ending.join(lines) + ending
    return Sample(country, encoding, text, text.encode(encoding))


def _person(rng: random.Random, country: str, encoding: str) -> list[str]:
    cells = []
    for words in PEOPLE[country][1:]:
        holdable = [w for w in words if fits(encoding, w)]
        cells.append(rng.choice(holdable))
    return cells
