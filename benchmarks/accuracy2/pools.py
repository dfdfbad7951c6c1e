"""Given names, surnames, companies and roles of the twelve sending clusters (all companies invented)."""

from __future__ import annotations

from benchmarks.accuracy2.people import Pool


def _t(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split("|"))


SI = Pool("SI", _t("Luka|Matej|Jure|Rok|Gregor|Primož|Boštjan|Aleš|Tomaž|Žiga|Uroš|Blaž"),
          _t("Maja|Nina|Petra|Špela|Urška|Mojca|Tjaša|Nataša|Barbara|Katja|Alenka"),
          _t("Novak|Horvat|Kovačič|Krajnc|Zupančič|Potočnik|Kos|Vidmar|Golob|Turk|Kralj|Božič|Zorko|Mlakar|"
             "Žagar|Hribar|Jereb|Korošec"),
          _t("Strojegradnja Vrhnika d.o.o.|Elektronika Bled d.o.o.|Orodjarna Kranj d.o.o.|Hidravlika Celje d.o.o."
             "|Kalup Škofja Loka d.o.o.|Mehatronika Novo mesto d.d."),
          _t("direktor|vodja razvoja|vodja prodaje|projektni vodja|inženir konstrukter|vodja nabave"))

HU = Pool("HU", _t("Péter|László|Gábor|Zoltán|Attila|Balázs|Tamás|Csaba|Levente|Ákos"),
          _t("Andrea|Katalin|Zsófia|Eszter|Réka|Anikó|Krisztina|Ildikó|Judit"),
          _t("Kovács|Nagy|Szabó|Tóth|Varga|Horváth|Kiss|Molnár|Németh|Farkas|Balogh|Papp|Takács|Juhász|"
             "Mészáros|Győri|Fülöp|Szűcs|Hegedűs"),
          _t("Alföldi Gépgyártó Kft.|Dunamenti Precíziós Zrt.|Mecsek Szerszám Kft.|Bakony Elektronika Bt.|"
             "Tisza Automatika Kft.|Rábaközi Fémtechnika Kft."),
          _t("ügyvezető igazgató|értékesítési vezető|fejlesztőmérnök|beszerzési vezető|minőségügyi vezető|"
             "projektmenedzser"))

SE = Pool("SE", _t("Erik|Lars|Anders|Johan|Mikael|Björn|Oskar|Henrik|Fredrik"),
          _t("Anna|Karin|Eva|Linnéa|Sofia|Maria|Ingrid|Åsa|Malin"),
          _t("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Lindqvist|Bergström|Lundgren|Sjöberg|Öberg|"
             "Åkesson|Holm|Wikström|Ek"),
          _t("Vättern Precision AB|Norrbotten Hydraulik AB|Göta Verktyg Aktiebolag|Skaraborg Automation AB|"
             "Mälardalens Gjuteri AB"),
          _t("VD|Försäljningschef|Utvecklingsingenjör|Inköpschef|Produktionschef|Projektledare"))

DK = Pool("DK", _t("Rasmus|Mads|Søren|Jens|Mikkel|Anders|Kasper|Niels|Jesper"),
          _t("Mette|Camilla|Louise|Signe|Line|Trine|Sofie|Ida|Lærke"),
          _t("Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Møller|"
             "Kjær|Østergaard|Damgaard|Lund|Brøndum"),
          _t("Limfjord Maskinfabrik A/S|Kattegat Robotics ApS|Silkeborg Hydraulik A/S|Gudenå Automation ApS|"
             "Djursland Værktøj A/S"),
          _t("administrerende direktør|salgschef|udviklingsingeniør|indkøbschef|projektleder|CTO"))

RO = Pool("RO", _t("Andrei|Mihai|Alexandru|Ionuț|Bogdan|Cristian|Florin|Radu|Vlad|Ștefan"),
          _t("Ioana|Andreea|Elena|Maria|Alexandra|Raluca|Cristina|Oana|Mihaela"),
          _t("Popescu|Ionescu|Pop|Popa|Rusu|Munteanu|Stoica|Moldovan|Dumitrescu|Constantinescu|Mureșan|Sârbu|"
             "Pușcaș|Nistor|Lăzărescu"),
          _t("Someș Precision S.R.L.|Transilvania Mecatronic S.A.|Cluj Tooling S.R.L.|Apuseni Componente S.R.L.|"
             "Mureș Automatizări S.R.L."),
          _t("Director general|Director vânzări|Inginer proiectant|Manager achiziții|Director tehnic"))

SK = Pool("SK", _t("Ján|Peter|Martin|Michal|Tomáš|Juraj|Marek|Lukáš|Miroslav"),
          _t("Katarína|Zuzana|Lucia|Jana|Mária|Veronika|Martina|Ivana"),
          _t("Novák|Kováč|Hudák|Polák|Lukáč|Mihálik|Baran|Šimko|Gajdoš|Oravec"),
          _t("Košická strojáreň s.r.o.|Tatranská presná mechanika a.s.|Hornád Automatizácia s.r.o.|"
             "Spišské nástroje s.r.o.|Východoslovenská zlievareň a.s."),
          _t("konateľ|riaditeľ predaja|vedúci vývoja|technológ|nákupca|generálny riaditeľ"),
          {"Novák": "Nováková", "Kováč": "Kováčová", "Hudák": "Hudáková", "Polák": "Poláková",
           "Lukáč": "Lukáčová", "Mihálik": "Miháliková", "Baran": "Baranová", "Šimko": "Šimková",
           "Gajdoš": "Gajdošová", "Oravec": "Oravcová"})

HR = Pool("HR", _t("Ivan|Marko|Tomislav|Luka|Josip|Krešimir|Domagoj|Ante|Dario"),
          _t("Ana|Ivana|Marija|Petra|Maja|Martina|Ivona|Tena|Lucija"),
          _t("Horvat|Kovačević|Babić|Marić|Jurić|Knežević|Vuković|Marković|Petrović|Matić|Tomić|Šarić|Đurđević|"
             "Pavlović|Božić"),
          _t("Sava Strojogradnja d.o.o.|Jadran Elektronika d.o.o.|Slavonija Alati d.o.o.|Kvarner Hidraulika d.d.|"
             "Zagorje Automatika d.o.o."),
          _t("direktor|voditelj prodaje|inženjer razvoja|voditeljica nabave|projektni menadžer"))

IE = Pool("IE", _t("Seán|Ciarán|Pádraig|Conor|Eoin|Niall|Declan|Brendan|Darragh"),
          _t("Siobhán|Aoife|Niamh|Caoimhe|Róisín|Clodagh|Orla|Gráinne|Sinéad"),
          _t("O'Brien|O'Sullivan|Murphy|Kelly|Walsh|McCarthy|Byrne|Ryan|O'Connor|Ó Súilleabháin|Fitzgerald|"
             "Doyle|Kavanagh|McGuinness|Mac Lochlainn"),
          _t("Shannon Precision Engineering Ltd|Liffey Automation DAC|Corrib Tooling Teoranta|"
             "Munster Composites Ltd"),
          _t("Managing Director|Head of Sales|Design Engineer|Procurement Manager|CEO|"
             "Business Development Manager"))

GB = Pool("GB", _t("James|Oliver|David|Mark|Stephen"), _t("Sarah|Emma|Claire|Rachel"),
          _t("Thompson|Campbell|Robinson|Wilson|McAllister|Stewart"),
          _t("Lagan Aerostructures Ltd|Antrim Controls plc"),
          _t("Operations Director|Sales Engineer|Quality Manager"))

LU = Pool("LU", _t("Jean|Marc|Luc|Pol|Claude|Georges|Tom|Yves"),
          _t("Anne|Carole|Martine|Sandra|Nathalie|Joëlle|Tessy"),
          _t("Schmit|Muller|Weber|Hoffmann|Wagner|Thill|Kremer|Reuter|Schroeder|Welter|Majerus|Feltgen|Goedert"),
          _t("Moselle Précision S.à r.l.|Ardennes Composites S.A.|Alzette Technologies S.à r.l.|"
             "Minett Industrie S.A.|Sûre Automation S.à r.l."),
          _t("Directeur général|Geschäftsführer|Responsable achats|Vertriebsleiter|Ingénieur R&D"))

CAT = Pool("ES", _t("Jordi|Pere|Joan|Marc|Oriol|Pau|Arnau|Xavier|Albert"),
           _t("Montserrat|Núria|Mireia|Laia|Anna|Meritxell|Marta|Gemma|Roser"),
           _t("Puig|Soler|Vila|Ferrer|Martí|Vidal|Roca|Serra|Font|Pujol|Casals|Camps|Riera|Bosch|Sala|Pons"),
           _t("Mecanitzats del Vallès, S.L.|Components Osona S.A.|Automatismes Empordà S.L.|"
              "Cooperativa Metal·lúrgica del Bages SCCL|Garrotxa Robotics S.L.U."),
           _t("Director general|Cap de vendes|Enginyera de projectes|Responsable de compres|Gerent"))

BY = Pool("DE", _t("Johann|Maximilian|Florian|Andreas|Stefan|Josef|Matthias|Korbinian|Xaver"),
          _t("Franziska|Theresa|Katharina|Magdalena|Sabine|Veronika|Monika"),
          _t("Huber|Bauer|Wagner|Maier|Hofmann|Gruber|Brandl|Weiß|Großmann|Schmid|Pichler|Obermeier|"
             "Kerschbaumer|Straßer|von Stetten"),
          _t("Isartal Präzisionstechnik GmbH|Chiemgau Antriebe GmbH & Co. KG|Oberpfalz Gießerei AG|"
             "Allgäu Sensorik GmbH|Donau Automation e.K."),
          _t("Geschäftsführer|Vertriebsleitung|Leiter Entwicklung|Einkauf|Prokurist"))

IT = Pool("IT", _t("Giuseppe|Marco|Alessandro|Luca|Stefano|Davide|Paolo|Matteo|Roberto"),
          _t("Chiara|Francesca|Silvia|Elena|Giulia|Valentina|Federica|Laura"),
          _t("Colombo|Brambilla|Galbiati|Ferrari|Sala|Villa|Fumagalli|Cattaneo|Bianchi|Mauri|Riva|Crippa|"
             "De Ponti|Dell'Orto|La Rocca"),
          _t("Brianza Meccanica S.r.l.|Officine Lariane S.p.A.|Valseriana Stampi S.r.l.|"
             "Bergamasca Compositi S.r.l.|Lecchese Trafilati S.r.l."),
          _t("Titolare|Responsabile commerciale|Direttore tecnico|Ufficio acquisti|Amministratore delegato"))
