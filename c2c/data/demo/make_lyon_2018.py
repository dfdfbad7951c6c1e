"""Write the demo attendee list lyon-2018_partecipanti.xlsx (fictional people and firms).

It looks like what a coordinator receives: a title row, Italian/French headers, surnames in
capitals, a blank row between the delegations, profile columns filled only on a company's
first row, and a total under the list. Run: python -m c2c.data.demo.make_lyon_2018
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).with_name("lyon-2018_partecipanti.xlsx")
HEADER = ["N.", "COGNOME", "Nome", "Società / Entreprise", "Cluster", "Ruolo / Fonction", "E-mail", "Cellulare",
          "Paese", "Pitch (sì/no)", "Fermata pullman", "Attività principale", "Aree di interesse", "Partner cercati",
          "Progetti in corso"]

# company, core business, areas of interest, partners sought, current projects
LAC_COMPANIES = {
    "Avioparts Srl": ("Lavorazioni meccaniche di precisione in titanio", "Carrelli, attuatori", "Tier 1 francesi",
                      "Staffe stampate 3D per elicotteri"),
    "Compositi Varesini Srl": ("Strutture in composito per aerostrutture", "Interni cabina, droni",
                               "OEM e integratori", "Pannelli termoplastici riciclabili"),
    "Tecnostampi Lombardi S.p.A.": ("Stampi e attrezzature per compositi", "Spazio, difesa", "Produttori di parti",
                                    "Stampi invar a basso costo"),
    "Microfusioni Insubria Srl": ("Microfusioni in superleghe", "Motori aeronautici", "Motoristi", "Palette turbina"),
    "Sistemi Avionici Brianza Srl": ("Avionica e software di bordo", "UAV, eVTOL", "Integratori di sistemi",
                                     "Computer di volo certificabile"),
    "Lavorazioni Meccaniche Olona Srl": ("Tornitura e fresatura 5 assi", "Aerostrutture", "Tier 1 e Tier 2",
                                         "Cella robotizzata"),
    "Eliche Varesine Srl": ("Eliche e rotori in composito", "Aviazione generale, eVTOL", "Costruttori di velivoli",
                            "Rotore silenzioso per eVTOL"),
    "Software Volo Srl": ("Software di simulazione e addestramento", "Simulatori, MRO", "Scuole di volo, OEM",
                          "Gemello digitale di manutenzione"),
}
AAR_COMPANIES = {
    "Aérocomposites Dauphiné": ("Pièces composites hautes performances", "Aérostructures, spatial",
                                "Usineurs, fabricants de moules", "Préimprégnés thermoplastiques"),
    "Mécanique Savoie Industrie": ("Usinage de pièces moteur", "Moteurs, trains d'atterrissage",
                                   "Fonderies, traitement thermique", "Ligne d'usinage titane"),
    "Usinage de Précision Lyonnais": ("Micro-usinage et décolletage", "Équipements, avionique",
                                      "Fabricants d'électronique", "Connecteurs miniatures"),
    "Câblage Aéro Ain": ("Faisceaux électriques", "Avionique, cabine", "Équipementiers", "Harnais allégés"),
    "Thermolaquage Rhône-Alpes": ("Traitements de surface", "Aérostructures, moteurs", "Usineurs",
                                  "Procédé sans chrome VI"),
    "Auvergne Titane": ("Forge et matriçage titane", "Trains d'atterrissage", "Motoristes, usineurs",
                        "Forge isotherme"),
    "Drones Vercors SAS": ("Drones d'inspection", "Maintenance, sécurité", "Intégrateurs avionique",
                           "Inspection autonome de cellules"),
    "Simulation Saint-Exupéry": ("Simulateurs de vol", "Formation, MRO", "Éditeurs logiciels",
                                 "Simulateur eVTOL"),
}
# surname, first name, company, role, e-mail, phone, country, pitch, stop
LAC_PEOPLE = [
    ("ROSSI", "Mario", "Avioparts Srl", "Amministratore delegato", "mario.rossi@avioparts-demo.it", "+39 335 123 4567", "Italia", "sì", "Gallarate"),
    ("FERRI", "Marco", "Avioparts Srl", "Responsabile qualità", "marco.ferri@avioparts-demo.it", "0039 335 765 4321", "Italia", "no", "Gallarate"),
    ("BIANCHI", "Chiara", "Compositi Varesini Srl", "Direttrice tecnica", "c.bianchi@compositivaresini-demo.it", "+39 0332 281 904", "IT", "sì", "Varese"),
    ("WIŚNIEWSKA", "Małgorzata", "Compositi Varesini Srl", "Ingegnera di processo", "m.wisniewska@compositivaresini-demo.it", "+39 347 901 2211", "Italia", "sì", "Varese"),
    ("COLOMBO", "Luca", "Tecnostampi Lombardi S.p.A.", "Amministratore delegato", "luca.colombo@tecnostampi-demo.it", "+39 348 220 1157", "Italia", "x", "Milano Cadorna"),
    ("GALLI", "Federica", "Microfusioni Insubria Srl", "Sales manager", "federica.galli@microfusioni-demo.it", "+39 331 448 2290", "Italia", "sì", "Varese"),
    ("VILLA", "Stefano", "Microfusioni Insubria Srl", "Responsabile produzione", "s.villa@microfusioni-demo.it", "+39 0331 245 118", "Italia", "", "Varese"),
    ("DI STEFANO", "Paolo", "Sistemi Avionici Brianza Srl", "R&D manager", "p.distefano@sab-avionica-demo.it", "+39 039 605 1122", "Italia", "si", "Milano Cadorna"),
    ("ZANETTI", "Laura", "Sistemi Avionici Brianza Srl", "Export manager", "laura.zanetti@sab-avionica-demo.it", "+39 340 772 9145", "Italia", "no", "Milano Cadorna"),
    ("DELLA VALLE", "Anna Maria", "Lavorazioni Meccaniche Olona Srl", "Titolare", "annamaria.dellavalle@lmolona-demo.it", "+39 0331 774 210", "Italia", "sì", "Gallarate"),
    ("PAGANI", "Lorenzo", "Eliche Varesine Srl", "Titolare", "lorenzo.pagani@elichevaresine-demo.it", "+39 0332 730 119", "Italia", "sì", "Varese"),
    ("D'Ambrosio", "Niccolò", "Eliche Varesine Srl", "Progettista", "n.dambrosio@elichevaresine-demo.it", "+39 333 781 4402", "Italia", "sì", "Varese"),
    ("MARCHETTI", "Andrea", "Software Volo Srl", "CTO", "a.marchetti@softwarevolo-demo.it", "+39 02 4951 7730", "Italia", "sì", "Milano Cadorna"),
    ("MAZZA", "Tommaso", "Software Volo Srl", "Sviluppatore senior", "tommaso.mazza@softwarevolo-demo.it", "+39 392 410 8856", "Italia", "no", "Milano Cadorna"),
]
AAR_PEOPLE = [
    ("Marchal", "Benoît-Étienne", "Aérocomposites Dauphiné", "Directeur technique", "be.marchal@aerocomposites-demo.fr", "04 76 58 21 90", "France", "oui", ""),
    ("Faure", "Zoë", "Aérocomposites Dauphiné", "Ingénieure R&D", "zoe.faure@aerocomposites-demo.fr", "06 74 21 88 05", "France", "non", ""),
    ("Le Goff", "Yann", "Mécanique Savoie Industrie", "Responsable commercial", "yann.legoff@msi-demo.fr", "04 79 62 14 37", "Francia", "oui", ""),
    ("Bonnet", "Margaux", "Mécanique Savoie Industrie", "Ingénieure méthodes", "m.bonnet@msi-demo.fr", "06 81 47 22 96", "FR", "non", ""),
    ("Lévêque", "Hélène", "Usinage de Précision Lyonnais", "Présidente", "helene.leveque@upl-demo.fr", "04 72 40 18 31", "France", "oui", ""),
    ("Noël", "François", "Câblage Aéro Ain", "Directeur général", "f.noel@cablage-ain-demo.fr", "04 74 32 10 55", "France", "oui", ""),
    ("Girard", "Joël", "Câblage Aéro Ain", "Responsable bureau d'études", "j.girard@cablage-ain-demo.fr", "06 12 45 78 90", "France", "oui", ""),
    ("Perrin", "Sébastien", "Thermolaquage Rhône-Alpes", "Gérant", "s.perrin@thermolaquage-demo.fr", "04 78 90 12 34", "France", "oui", ""),
    ("Fontaine", "Léa", "Thermolaquage Rhône-Alpes", "Responsable qualité", "lea.fontaine@thermolaquage-demo.fr", "06 33 21 45 67", "France", "", ""),
    ("Chabert", "Amélie", "Auvergne Titane", "Directrice des opérations", "a.chabert@auvergne-titane-demo.fr", "04 73 28 44 10", "France", "oui", ""),
    ("Vial", "Grégoire", "Auvergne Titane", "Acheteur", "g.vial@auvergne-titane-demo.fr", "06 45 87 12 09", "France", "non", ""),
    ("Arnaud", "Maëlle", "Drones Vercors SAS", "Fondatrice", "maelle.arnaud@drones-vercors-demo.fr", "04 76 95 33 21", "France", "oui", ""),
    ("Blanc", "Jérôme", "Simulation Saint-Exupéry", "Directeur", "jerome.blanc@simulation-stex-demo.fr", "04 72 22 71 80", "France", "oui", ""),
    ("Morel", "Inès", "Simulation Saint-Exupéry", "Ingénieure logiciel", "ines.morel@simulation-stex-demo.fr", "06 52 18 93 44", "France", "non", ""),
    ("Caron", "Rémi", "Usinage de Précision Lyonnais", "Responsable commercial", "r.caron@upl-demo.fr", "06 98 12 45 70", "France", "non", ""),
    ("Mercier", "Théo", "Drones Vercors SAS", "Pilote d'essai", "theo.mercier@drones-vercors-demo.fr", "07 81 22 43 19", "France", "", ""),
]


def rows() -> list[list[object]]:
    out: list[list[object]] = [["Cluster2Cluster – Lione 20/11/2018 – Elenco partecipanti / Liste des participants"],
                               [], list(HEADER)]
    number = 0
    for people, cluster, profiles in ((LAC_PEOPLE, "LAC", LAC_COMPANIES), (AAR_PEOPLE, "AAR", AAR_COMPANIES)):
        seen: set[str] = set()
        for surname, first, company, role, email, phone, country, pitch, stop in people:
            number += 1
            profile = profiles[company] if company not in seen else ("", "", "", "")
            seen.add(company)
            out.append([number, surname, first, company, cluster, role, email, phone, country, pitch, stop,
                        *profile])
        out.append([])
    out.append(["", f"Totale: {number}"])
    return out


def main() -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Partecipanti"
    for row in rows():
        sheet.append(row)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    workbook.save(OUT)


if __name__ == "__main__":
    main()
