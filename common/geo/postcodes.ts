/**
 * Approximate centres of places by postcode, for the matching score's distance check
 * (docs/matching.md, "Where people and work places are").
 *
 * NOT A GEOCODING SERVICE. The coordinates below are approximate centres of municipalities
 * (Belgium, by postcode) and of ten big Dutch cities (by 4-digit postcode range), compiled
 * for Passend from general knowledge, to about 1–2 km for the centre of a place. A person or
 * a work place can be several km from the centre of its municipality or city, so a distance
 * computed from these points is an estimate; the matching score shows it as such and flags
 * distances near the client's limit. No address is ever sent anywhere to be located.
 *
 * A postcode that is not in the table is "not located": `postcodeCentroid` returns null, the
 * distance is then not checked, and the matching result says so (`not_stated` distance).
 * Add a place by adding a line; keep the source ("approximate centre") honest.
 */

export interface LatLon {
  lat: number;
  lon: number;
}

export type PostcodeRegion = 'flanders' | 'netherlands';

/**
 * Belgium: postcode → [lat, lon] of the centre of the municipality (or, for the districts of
 * Brussels, Antwerpen and Gent, of that district or deelgemeente).
 */
const BELGIUM: Readonly<Record<string, readonly [number, number]>> = {
  // Brussels-Capital Region (1000–1210)
  '1000': [50.8467, 4.3525], // Brussel (centrum)
  '1005': [50.8467, 4.3650], // Brussel (Parlement)
  '1007': [50.8467, 4.3650], // Brussel (Parlement)
  '1008': [50.8467, 4.3650], // Brussel (Kamer)
  '1009': [50.8467, 4.3525], // Brussel (bijzondere postcode)
  '1010': [50.8467, 4.3525], // Brussel (bijzondere postcode)
  '1011': [50.8467, 4.3525], // Brussel (bijzondere postcode)
  '1012': [50.8467, 4.3525], // Brussel (bijzondere postcode)
  '1020': [50.8800, 4.3530], // Laken
  '1030': [50.8670, 4.3770], // Schaarbeek
  '1031': [50.8670, 4.3770], // Schaarbeek (bijzondere postcode)
  '1040': [50.8360, 4.3890], // Etterbeek
  '1043': [50.8670, 4.3770], // Schaarbeek (bijzondere postcode)
  '1047': [50.8390, 4.3750], // Europees Parlement
  '1048': [50.8420, 4.3810], // Raad van de EU
  '1049': [50.8440, 4.3830], // Europese Commissie
  '1050': [50.8270, 4.3720], // Elsene
  '1060': [50.8270, 4.3450], // Sint-Gillis
  '1070': [50.8360, 4.3080], // Anderlecht
  '1080': [50.8550, 4.3300], // Sint-Jans-Molenbeek
  '1081': [50.8620, 4.3260], // Koekelberg
  '1082': [50.8650, 4.2950], // Sint-Agatha-Berchem
  '1083': [50.8710, 4.3110], // Ganshoren
  '1090': [50.8770, 4.3270], // Jette
  '1100': [50.8467, 4.3525], // Brussel (bijzondere postcode)
  '1105': [50.8467, 4.3525], // Brussel (bijzondere postcode)
  '1120': [50.8970, 4.3870], // Neder-Over-Heembeek
  '1130': [50.8890, 4.4180], // Haren
  '1140': [50.8690, 4.4020], // Evere
  '1150': [50.8350, 4.4330], // Sint-Pieters-Woluwe
  '1160': [50.8160, 4.4340], // Oudergem
  '1170': [50.8000, 4.4150], // Watermaal-Bosvoorde
  '1180': [50.8030, 4.3350], // Ukkel
  '1190': [50.8100, 4.3180], // Vorst
  '1200': [50.8470, 4.4300], // Sint-Lambrechts-Woluwe
  '1210': [50.8530, 4.3730], // Sint-Joost-ten-Node

  // Vlaams-Brabant
  '1500': [50.7340, 4.2370], // Halle
  '1600': [50.7800, 4.2450], // Sint-Pieters-Leeuw
  '1640': [50.7460, 4.3570], // Sint-Genesius-Rode
  '1650': [50.7660, 4.3050], // Beersel
  '1700': [50.8480, 4.2600], // Dilbeek
  '1730': [50.9100, 4.2000], // Asse
  '1740': [50.8700, 4.1700], // Ternat
  '1750': [50.8050, 4.1600], // Lennik
  '1760': [50.8500, 4.0900], // Roosdaal
  '1770': [50.8800, 4.0900], // Liedekerke
  '1780': [50.9080, 4.3090], // Wemmel
  '1785': [50.9590, 4.2320], // Merchtem
  '1790': [50.9100, 4.1080], // Affligem
  '1800': [50.9281, 4.4245], // Vilvoorde
  '1820': [50.9180, 4.5100], // Steenokkerzeel
  '1830': [50.9100, 4.4400], // Machelen
  '1840': [51.0040, 4.3000], // Londerzeel
  '1850': [50.9350, 4.3720], // Grimbergen
  '1860': [50.9390, 4.3270], // Meise
  '1880': [51.0100, 4.3600], // Kapelle-op-den-Bos
  '1910': [50.9420, 4.5520], // Kampenhout
  '1930': [50.8830, 4.4730], // Zaventem
  '1950': [50.8600, 4.4700], // Kraainem
  '1970': [50.8400, 4.4900], // Wezembeek-Oppem
  '1980': [50.9840, 4.4620], // Zemst
  '3000': [50.8798, 4.7005], // Leuven
  '3001': [50.8650, 4.6950], // Heverlee
  '3010': [50.8880, 4.7300], // Kessel-Lo
  '3012': [50.9000, 4.7000], // Wilsele
  '3018': [50.9250, 4.7000], // Wijgmaal
  '3020': [50.9060, 4.6720], // Herent
  '3040': [50.7900, 4.5800], // Huldenberg
  '3050': [50.8340, 4.6630], // Oud-Heverlee
  '3060': [50.8650, 4.6270], // Bertem
  '3070': [50.8890, 4.5410], // Kortenberg
  '3080': [50.8230, 4.5140], // Tervuren
  '3090': [50.7740, 4.5370], // Overijse
  '3110': [50.9520, 4.7160], // Rotselaar
  '3120': [51.0000, 4.7000], // Tremelo
  '3130': [51.0200, 4.7800], // Begijnendijk
  '3140': [51.0030, 4.6330], // Keerbergen
  '3150': [50.9780, 4.6370], // Haacht
  '3190': [50.9800, 4.5740], // Boortmeerbeek
  '3200': [50.9870, 4.8360], // Aarschot
  '3210': [50.8820, 4.8410], // Lubbeek
  '3220': [50.9200, 4.7600], // Holsbeek
  '3270': [50.9800, 4.9760], // Scherpenheuvel-Zichem
  '3290': [50.9847, 5.0506], // Diest
  '3300': [50.8070, 4.9380], // Tienen
  '3360': [50.8280, 4.7600], // Bierbeek
  '3400': [50.7520, 5.0820], // Landen

  // Antwerpen (city districts and province)
  '2000': [51.2194, 4.4025], // Antwerpen (centrum)
  '2018': [51.2050, 4.4150], // Antwerpen (Zurenborg, station)
  '2020': [51.1900, 4.3900], // Antwerpen (Kiel)
  '2030': [51.2500, 4.4200], // Antwerpen (Luchtbal, haven)
  '2040': [51.3350, 4.3100], // Berendrecht-Zandvliet-Lillo
  '2050': [51.2240, 4.3750], // Antwerpen (Linkeroever)
  '2060': [51.2300, 4.4250], // Antwerpen (Noord)
  '2070': [51.2150, 4.3300], // Zwijndrecht
  '2100': [51.2160, 4.4660], // Deurne
  '2110': [51.2270, 4.5200], // Wijnegem
  '2140': [51.2110, 4.4400], // Borgerhout
  '2150': [51.1910, 4.4870], // Borsbeek
  '2160': [51.2050, 4.5220], // Wommelgem
  '2170': [51.2460, 4.4460], // Merksem
  '2180': [51.2800, 4.4200], // Ekeren
  '2200': [51.1766, 4.8363], // Herentals
  '2220': [51.0760, 4.7280], // Heist-op-den-Berg
  '2240': [51.2140, 4.6600], // Zandhoven
  '2250': [51.1430, 4.8600], // Olen
  '2260': [51.0900, 4.9160], // Westerlo
  '2270': [51.1400, 4.7560], // Herenthout
  '2280': [51.1900, 4.7350], // Grobbendonk
  '2290': [51.2030, 4.7710], // Vorselaar
  '2300': [51.3227, 4.9447], // Turnhout
  '2310': [51.3470, 4.7600], // Rijkevorsel
  '2320': [51.4000, 4.7600], // Hoogstraten
  '2330': [51.3580, 4.8630], // Merksplas
  '2340': [51.3190, 4.8530], // Beerse
  '2350': [51.3080, 4.8880], // Vosselaar
  '2360': [51.3190, 4.9840], // Oud-Turnhout
  '2370': [51.3210, 5.0840], // Arendonk
  '2380': [51.3720, 4.9910], // Ravels
  '2390': [51.3000, 4.6940], // Malle
  '2400': [51.1910, 5.1160], // Mol
  '2430': [51.0830, 5.0000], // Laakdal
  '2440': [51.1620, 4.9890], // Geel
  '2450': [51.1320, 5.0790], // Meerhout
  '2460': [51.2410, 4.9660], // Kasterlee
  '2470': [51.2680, 5.0850], // Retie
  '2480': [51.2400, 5.1140], // Dessel
  '2490': [51.1690, 5.1710], // Balen
  '2500': [51.1313, 4.5704], // Lier
  '2520': [51.1900, 4.5600], // Ranst
  '2530': [51.1600, 4.4950], // Boechout
  '2540': [51.1530, 4.4680], // Hove
  '2550': [51.1340, 4.4460], // Kontich
  '2560': [51.1620, 4.6720], // Nijlen
  '2570': [51.0950, 4.5090], // Duffel
  '2580': [51.0550, 4.6330], // Putte
  '2590': [51.1180, 4.6580], // Berlaar
  '2600': [51.1920, 4.4260], // Berchem
  '2610': [51.1680, 4.3950], // Wilrijk
  '2620': [51.1450, 4.3400], // Hemiksem
  '2627': [51.1250, 4.3400], // Schelle
  '2630': [51.1330, 4.3840], // Aartselaar
  '2640': [51.1700, 4.4560], // Mortsel
  '2650': [51.1560, 4.4450], // Edegem
  '2660': [51.1730, 4.3500], // Hoboken
  '2800': [51.0259, 4.4776], // Mechelen
  '2820': [51.0250, 4.5450], // Bonheiden
  '2830': [51.0600, 4.3600], // Willebroek
  '2840': [51.0800, 4.4220], // Rumst
  '2845': [51.1100, 4.3320], // Niel
  '2850': [51.0880, 4.3660], // Boom
  '2860': [51.0670, 4.5310], // Sint-Katelijne-Waver
  '2870': [51.0750, 4.2870], // Puurs
  '2880': [51.0970, 4.2430], // Bornem
  '2890': [51.0560, 4.2080], // Sint-Amands
  '2900': [51.2520, 4.5010], // Schoten
  '2910': [51.4660, 4.4680], // Essen
  '2920': [51.3840, 4.4720], // Kalmthout
  '2930': [51.2910, 4.4920], // Brasschaat
  '2940': [51.3320, 4.3660], // Stabroek
  '2950': [51.3140, 4.4330], // Kapellen
  '2960': [51.3510, 4.6380], // Brecht
  '2970': [51.2400, 4.5860], // Schilde
  '2980': [51.2680, 4.7110], // Zoersel
  '2990': [51.3920, 4.5950], // Wuustwezel

  // Limburg
  '3500': [50.9307, 5.3325], // Hasselt
  '3520': [50.9910, 5.3660], // Zonhoven
  '3530': [51.0320, 5.3750], // Houthalen-Helchteren
  '3540': [50.9400, 5.1680], // Herk-de-Stad
  '3545': [50.9480, 5.1110], // Halen
  '3550': [51.0330, 5.2800], // Heusden-Zolder
  '3560': [50.9870, 5.1900], // Lummen
  '3570': [50.8750, 5.3050], // Alken
  '3580': [51.0490, 5.2260], // Beringen
  '3590': [50.9080, 5.4190], // Diepenbeek
  '3600': [50.9650, 5.5008], // Genk
  '3620': [50.8930, 5.6470], // Lanaken
  '3630': [50.9650, 5.6950], // Maasmechelen
  '3650': [51.0300, 5.7200], // Dilsen-Stokkem
  '3680': [51.0980, 5.7840], // Maaseik
  '3690': [50.9320, 5.5750], // Zutendaal
  '3700': [50.7805, 5.4647], // Tongeren
  '3740': [50.8730, 5.5180], // Bilzen
  '3770': [50.8080, 5.6000], // Riemst
  '3800': [50.8167, 5.1860], // Sint-Truiden
  '3840': [50.8030, 5.3430], // Borgloon
  '3900': [51.2090, 5.4180], // Pelt
  '3920': [51.2300, 5.3130], // Lommel
  '3930': [51.2520, 5.5470], // Hamont-Achel
  '3940': [51.1270, 5.3680], // Hechtel-Eksel
  '3950': [51.1730, 5.5790], // Bocholt
  '3960': [51.1410, 5.5970], // Bree
  '3970': [51.1170, 5.2580], // Leopoldsburg
  '3980': [51.0660, 5.0880], // Tessenderlo
  '3990': [51.1310, 5.4590], // Peer

  // West-Vlaanderen
  '8000': [51.2093, 3.2247], // Brugge
  '8020': [51.1550, 3.2340], // Oostkamp
  '8200': [51.1900, 3.1950], // Sint-Andries, Sint-Michiels (Brugge)
  '8210': [51.1430, 3.1370], // Zedelgem
  '8300': [51.3430, 3.2650], // Knokke-Heist
  '8310': [51.1970, 3.2520], // Assebroek (Brugge)
  '8370': [51.3130, 3.1320], // Blankenberge
  '8380': [51.3300, 3.2000], // Zeebrugge (Brugge)
  '8400': [51.2300, 2.9200], // Oostende
  '8420': [51.2730, 3.0330], // De Haan
  '8430': [51.1850, 2.8200], // Middelkerke
  '8450': [51.2360, 2.9720], // Bredene
  '8460': [51.1840, 3.0040], // Oudenburg
  '8470': [51.1570, 2.9680], // Gistel
  '8490': [51.1820, 3.0880], // Jabbeke
  '8500': [50.8280, 3.2649], // Kortrijk
  '8510': [50.8100, 3.2300], // Marke, Rollegem, Bellegem (Kortrijk)
  '8520': [50.8520, 3.2840], // Kuurne
  '8530': [50.8560, 3.3100], // Harelbeke
  '8540': [50.8520, 3.3530], // Deerlijk
  '8550': [50.8120, 3.3380], // Zwevegem
  '8560': [50.8100, 3.1800], // Wevelgem
  '8570': [50.8300, 3.4700], // Anzegem
  '8580': [50.7730, 3.4430], // Avelgem
  '8600': [51.0330, 2.8630], // Diksmuide
  '8620': [51.1300, 2.7510], // Nieuwpoort
  '8630': [51.0730, 2.6620], // Veurne
  '8660': [51.0990, 2.5920], // De Panne
  '8670': [51.1160, 2.6370], // Koksijde
  '8700': [50.9990, 3.3260], // Tielt
  '8710': [50.9000, 3.3700], // Wielsbeke
  '8720': [50.9640, 3.4170], // Dentergem
  '8730': [51.1390, 3.3370], // Beernem
  '8740': [50.9930, 3.2650], // Pittem
  '8750': [51.0580, 3.2730], // Wingene
  '8760': [50.9510, 3.2880], // Meulebeke
  '8770': [50.9210, 3.2540], // Ingelmunster
  '8790': [50.8890, 3.4270], // Waregem
  '8800': [50.9469, 3.1227], // Roeselare
  '8810': [51.0330, 3.1430], // Lichtervelde
  '8820': [51.0650, 3.1010], // Torhout
  '8830': [50.9830, 3.0830], // Hooglede
  '8850': [50.9750, 3.2000], // Ardooie
  '8860': [50.8860, 3.2360], // Lendelede
  '8870': [50.9140, 3.2130], // Izegem
  '8900': [50.8510, 2.8850], // Ieper
  '8930': [50.7970, 3.1220], // Menen
  '8940': [50.7800, 3.0450], // Wervik
  '8970': [50.8550, 2.7250], // Poperinge

  // Oost-Vlaanderen
  '9000': [51.0543, 3.7174], // Gent (centrum)
  '9030': [51.0730, 3.6770], // Mariakerke (Gent)
  '9031': [51.0500, 3.6600], // Drongen (Gent)
  '9032': [51.0880, 3.7120], // Wondelgem (Gent)
  '9040': [51.0610, 3.7500], // Sint-Amandsberg (Gent)
  '9041': [51.0930, 3.7600], // Oostakker (Gent)
  '9042': [51.1200, 3.7900], // Desteldonk, Mendonk, Sint-Kruis-Winkel (Gent)
  '9050': [51.0380, 3.7570], // Gentbrugge, Ledeberg (Gent)
  '9051': [51.0250, 3.6700], // Afsnee, Sint-Denijs-Westrem (Gent)
  '9052': [51.0030, 3.7100], // Zwijnaarde (Gent)
  '9060': [51.2000, 3.8100], // Zelzate
  '9070': [51.0590, 3.7990], // Destelbergen
  '9080': [51.0960, 3.8320], // Lochristi
  '9090': [51.0000, 3.8000], // Melle
  '9100': [51.1650, 4.1437], // Sint-Niklaas
  '9120': [51.2130, 4.2560], // Beveren
  '9140': [51.1250, 4.2130], // Temse
  '9150': [51.1700, 4.3100], // Kruibeke
  '9160': [51.1036, 3.9937], // Lokeren
  '9170': [51.2200, 4.1230], // Sint-Gillis-Waas
  '9180': [51.1740, 3.9320], // Moerbeke
  '9185': [51.1690, 3.8740], // Wachtebeke
  '9190': [51.2100, 4.0360], // Stekene
  '9200': [51.0286, 4.1010], // Dendermonde
  '9220': [51.0990, 4.1360], // Hamme
  '9230': [51.0020, 3.8840], // Wetteren
  '9240': [51.0660, 4.0380], // Zele
  '9250': [51.1060, 4.0850], // Waasmunster
  '9260': [51.0050, 3.9760], // Wichelen
  '9270': [51.0310, 3.8510], // Laarne
  '9280': [51.0000, 4.1340], // Lebbeke
  '9290': [51.0320, 4.0000], // Berlare
  '9300': [50.9378, 4.0400], // Aalst
  '9320': [50.9190, 4.0500], // Erembodegem, Nieuwerkerken (Aalst)
  '9340': [50.9660, 3.9860], // Lede
  '9400': [50.8282, 4.0247], // Ninove
  '9420': [50.9270, 3.9680], // Erpe-Mere
  '9450': [50.9040, 4.0030], // Haaltert
  '9470': [50.8850, 4.0730], // Denderleeuw
  '9500': [50.7730, 3.8820], // Geraardsbergen
  '9520': [50.9180, 3.8620], // Sint-Lievens-Houtem
  '9550': [50.8870, 3.8900], // Herzele
  '9600': [50.7450, 3.6000], // Ronse
  '9620': [50.8694, 3.8106], // Zottegem
  '9630': [50.8750, 3.7400], // Zwalm
  '9660': [50.8000, 3.7630], // Brakel
  '9680': [50.8000, 3.6500], // Maarkedal
  '9700': [50.8450, 3.6050], // Oudenaarde
  '9750': [50.9030, 3.6540], // Kruisem (Zingem)
  '9770': [50.9020, 3.5260], // Kruisem (Kruishoutem)
  '9790': [50.8530, 3.5140], // Wortegem-Petegem
  '9800': [50.9817, 3.5303], // Deinze
  '9810': [50.9570, 3.5940], // Nazareth
  '9820': [50.9940, 3.7460], // Merelbeke
  '9830': [51.0150, 3.6370], // Sint-Martens-Latem
  '9840': [50.9980, 3.6480], // De Pinte
  '9880': [51.0850, 3.4470], // Aalter
  '9890': [50.9290, 3.6620], // Gavere
  '9900': [51.1858, 3.5640], // Eeklo
  '9920': [51.1010, 3.6130], // Lievegem (Lovendegem)
  '9930': [51.1200, 3.5620], // Lievegem (Zomergem)
  '9940': [51.1110, 3.7080], // Evergem
  '9950': [51.1540, 3.6050], // Lievegem (Waarschoot)
  '9960': [51.2260, 3.7510], // Assenede
  '9970': [51.2170, 3.6150], // Kaprijke
  '9990': [51.2090, 3.4450], // Maldegem
};

/**
 * The Netherlands: ranges of 4-digit postcodes (the digits of "1011 AB") of ten big cities,
 * each mapped to the city centre. Only the ranges inside each city are listed, so a
 * neighbouring town with the same first two digits (Goirle 5051, Geldrop 5664) is not
 * placed in the city; within a city a person can be up to 5–8 km from its centre.
 */
const NETHERLANDS: readonly { from: number; to: number; place: string; at: readonly [number, number] }[] = [
  { from: 1000, to: 1099, place: 'Amsterdam', at: [52.3728, 4.8936] },
  { from: 1100, to: 1109, place: 'Amsterdam-Zuidoost', at: [52.3120, 4.9720] },
  { from: 2490, to: 2599, place: 'Den Haag', at: [52.0799, 4.3113] },
  { from: 3000, to: 3089, place: 'Rotterdam', at: [51.9225, 4.4792] },
  { from: 3500, to: 3585, place: 'Utrecht', at: [52.0907, 5.1214] },
  { from: 4800, to: 4841, place: 'Breda', at: [51.5719, 4.7683] },
  { from: 5000, to: 5049, place: 'Tilburg', at: [51.5555, 5.0913] },
  { from: 5600, to: 5659, place: 'Eindhoven', at: [51.4416, 5.4697] },
  { from: 6500, to: 6549, place: 'Nijmegen', at: [51.8126, 5.8372] },
  { from: 6800, to: 6849, place: 'Arnhem', at: [51.9851, 5.8987] },
  { from: 9700, to: 9749, place: 'Groningen', at: [53.2194, 6.5665] },
];

/** Dutch postcode: 4 digits (the first not 0), optionally 2 letters (not used to locate). */
const NL_POSTCODE = /^([1-9]\d{3})([A-Z]{2})?$/;
/** Belgian postcode: 4 digits, the first not 0. */
const BE_POSTCODE = /^[1-9]\d{3}$/;

/**
 * The postcode without spaces, in capitals, without a country prefix ("B-", "BE-", "NL-"):
 * " 9000 " → "9000", "1011 ab" → "1011AB", "B-9000" → "9000".
 */
export function normalisePostcode(postcode: string): string {
  return postcode
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^(?:BE?|NL)-/, '');
}

function belgian(code: string): LatLon | null {
  if (!BE_POSTCODE.test(code)) return null;
  const at = BELGIUM[code];
  return at ? { lat: at[0], lon: at[1] } : null;
}

function dutch(code: string): LatLon | null {
  const m = NL_POSTCODE.exec(code);
  if (!m) return null;
  const digits = Number(m[1]);
  const area = NETHERLANDS.find((r) => digits >= r.from && digits <= r.to);
  return area ? { lat: area.at[0], lon: area.at[1] } : null;
}

/**
 * The approximate centre of the place of a postcode, or null when it is not in the table
 * ("not located": the distance is then not checked). A postcode with letters ("1011 AB") is
 * Dutch; 4 digits alone are read for the region given (Belgian when none is given, or for
 * 'flanders'; Dutch for 'netherlands').
 */
export function postcodeCentroid(postcode: string, region?: PostcodeRegion): LatLon | null {
  const code = normalisePostcode(postcode);
  if (/[A-Z]/.test(code)) return dutch(code);
  return region === 'netherlands' ? dutch(code) : belgian(code);
}

/** How many places the table knows (for the documentation and the tests). */
export const POSTCODE_TABLE_SIZE = { belgium: Object.keys(BELGIUM).length, netherlands: NETHERLANDS.length } as const;
