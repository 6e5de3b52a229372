package content

import (
	"strings"
	"unicode"
)

// places are cities that stories are filed from: capitals and the large
// news centres of the regions that the cable leaks were about. A dateline
// glued to other text ("Photo caption Lucknow: …") is found by this list.
var places = setOf(`
Abu Dhabi|Abuja|Accra|Addis Ababa|Ahmedabad|Algiers|Amman|Amsterdam|Ankara|Astana|Athens|
Atlanta|Baghdad|Baku|Bamako|Bangalore|Bengaluru|Bangkok|Beijing|Beirut|Belgrade|Berlin|Bern|
Bishkek|Bogota|Bogotá|Boston|Brasilia|Brasília|Bratislava|Brussels|Bucharest|Budapest|Buenos Aires|
Cairo|Calcutta|Canberra|Cape Town|Caracas|Casablanca|Chandigarh|Chennai|Chicago|Colombo|Conakry|
Copenhagen|Dakar|Damascus|Dar es Salaam|Dhaka|Doha|Dubai|Dublin|Dushanbe|Edinburgh|Frankfurt|
Geneva|Gaza|Geneva|Guatemala City|Hanoi|Harare|Havana|Helsinki|Hong Kong|Houston|Hyderabad|
Islamabad|Istanbul|Jakarta|Jalalabad|Jerusalem|Jeddah|Johannesburg|Kabul|Kampala|Kandahar|
Karachi|Kathmandu|Khartoum|Kiev|Kyiv|Kigali|Kinshasa|Kolkata|Kuala Lumpur|Kuwait City|La Paz|
Lagos|Lahore|Lima|Lisbon|Ljubljana|London|Los Angeles|Luanda|Lucknow|Lusaka|Luxembourg|Madrid|
Managua|Manama|Manila|Maputo|Mecca|Melbourne|Mexico City|Miami|Minsk|Mogadishu|Monrovia|
Montevideo|Montreal|Moscow|Mumbai|Bombay|Muscat|Nairobi|New Delhi|Delhi|New York|Niamey|Nicosia|
Oslo|Ottawa|Panama City|Paris|Peshawar|Phnom Penh|Port-au-Prince|Prague|Pretoria|Pyongyang|
Quetta|Quito|Rabat|Ramallah|Rangoon|Yangon|Riga|Rio de Janeiro|Riyadh|Rome|San Francisco|
San Jose|San Salvador|Sanaa|Santiago|Santo Domingo|Sao Paulo|São Paulo|Sarajevo|Seoul|Shanghai|
Singapore|Skopje|Sofia|Srinagar|Stockholm|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tegucigalpa|
Tehran|Tel Aviv|The Hague|Thimphu|Tirana|Tokyo|Toronto|Tripoli|Tunis|Ulaanbaatar|United Nations|
Vatican City|Vienna|Vientiane|Vilnius|Warsaw|Washington|Wellington|Windhoek|Yerevan|Zagreb|
Rawalpindi|Multan|Faisalabad|Patna|Jaipur|Bhopal|Thiruvananthapuram|Kochi|Guwahati|Dehradun|
Shimla|Jammu|Kathmandu|Male|Chittagong|Mazar-i-Sharif|Herat|Kunduz|Basra|Mosul|Erbil|Aleppo|
Benghazi|Sfax|Tangier|Marrakesh|Alexandria|Port Said|Sharm el-Sheikh|Aden|Taiz|Hebron|Haifa|
Canberra|Auckland|Brisbane|Perth|Adelaide|Vancouver|Calgary|Geneva|Zurich|Munich|Hamburg|
Milan|Naples|Barcelona|Marseille|Lyon|Manchester|Belfast|Cardiff|Glasgow|Seattle|Denver|
Dallas|Philadelphia|Detroit|Baltimore|Atlanta|Honolulu|Anchorage|Havana|Kingston|Bridgetown|
Port of Spain|Asuncion|Asunción|Sucre|Georgetown|Paramaribo|Freetown|Banjul|Bissau|Lome|Lomé|
Cotonou|Porto-Novo|Ouagadougou|Nouakchott|Libreville|Yaounde|Yaoundé|Douala|Bangui|Ndjamena|
N'Djamena|Brazzaville|Juba|Asmara|Djibouti|Antananarivo|Lilongwe|Gaborone|Maseru|Mbabane|
Port Louis|Victoria|Moroni|Malabo|Sao Tome|Praia|Valletta|Reykjavik|Podgorica|Pristina|
Chisinau|Ashgabat|Baku|Guangzhou|Shenzhen|Chengdu|Wuhan|Osaka|Busan|Ho Chi Minh City|Saigon|
Surabaya|Bali|Cebu|Davao|Mandalay|Naypyidaw|Karachi|Gwadar|Abbottabad|Muzaffarabad|Gilgit|
Chandigarh|Amritsar|Ludhiana|Pune|Nagpur|Surat|Varanasi|Allahabad|Kanpur|Agra|Ranchi|Raipur|
Bhubaneswar|Visakhapatnam|Mangalore|Mysore|Coimbatore|Madurai|Puducherry|Panaji|Goa|Imphal|
Shillong|Agartala|Aizawl|Kohima|Itanagar|Gangtok|Silchar|Jodhpur|Udaipur|Indore|Gwalior|
Kozhikode|Thrissur|Vijayawada|Tirupati|Noida|Gurgaon|Gurugram|Faridabad|Ghaziabad|Meerut`)

// wireAgencies are the agencies a wire dateline names: "NEW YORK, Nov. 30
// (UPI) --".
var wireAgencies = setOf(`AP|UPI|AFP|Reuters|IANS|PTI|ANI|APP|TNN|Xinhua|DPA|dpa|Bloomberg|EFE|ANSA|Kyodo|Yonhap|TASS|Itar-Tass|RIA|Bernama|NNI|INP`)

func setOf(list string) map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Split(list, "|") {
		if s = strings.TrimSpace(s); s != "" {
			m[strings.ToLower(s)] = true
		}
	}
	return m
}

// bodyDateline finds a dateline at the start of a body paragraph: "New
// Delhi: …", "WASHINGTON — …", "NEW YORK, Nov. 30 (UPI) -- …". It returns
// the place, the agency if any, and whether the paragraph is nothing but
// the dateline. A place must be a known city, or set in
// capitals before a dash as wire copy prints it; the longest known city at
// the end of the prefix wins, so that a caption glued before it is left out.
func bodyDateline(p string) (place, agency string, whole bool) {
	if len(p) > 400 {
		p = p[:400]
	}
	p = strings.TrimPrefix(p, "Reporting from ") // "Reporting from Mexico City — …"
	cut, sepLen := datelineSeparator(p)
	dash := cut >= 0 && p[cut:cut+sepLen] != ":"
	if cut < 0 { // a dateline on a line of its own: "Washington, Dec 3 (PTI)"
		if len(strings.Fields(p)) > 8 || endsSentence(p) {
			return "", "", false
		}
		cut, whole = len(p), true
	}
	prefix := strings.TrimSpace(p[:cut])
	if open := strings.LastIndex(prefix, "("); open >= 0 && strings.HasSuffix(prefix, ")") {
		a := prefix[open+1 : len(prefix)-1]
		if wireAgencies[strings.ToLower(a)] {
			agency = a
		}
		prefix = strings.TrimSpace(prefix[:open])
	}
	if comma := strings.Index(prefix, ","); comma >= 0 { // "NEW YORK, Nov. 30", "NAIROBI, Kenya"
		before := strings.TrimSpace(prefix[:comma])
		if rest := strings.Fields(prefix[comma+1:]); len(rest) > 0 {
			_, isMonth := months[strings.ToLower(strings.Trim(rest[0], "."))]
			switch {
			case isMonth:
				prefix = before
			case (places[strings.ToLower(before)] || isCapitals(before)) && len(rest) <= 2 && allCapitalised(rest):
				return before + ", " + strings.Join(rest, " "), agency, whole // "NAIROBI, Kenya", "HARARE, Zimbabwe (AP)"
			case agency != "":
				prefix = before
			}
		}
	}
	words := strings.Fields(prefix)
	if len(words) == 0 || len(words) > 6 {
		return "", "", false
	}
	for i := range words {
		if whole && i > 0 {
			break // a line of its own is all dateline or none
		}
		cand := strings.Join(words[i:], " ")
		if places[strings.ToLower(cand)] {
			return cand, agency, whole
		}
	}
	if (dash || agency != "" || len(words) >= 2 && !labelWords(words)) && len(words) <= 3 && isCapitals(prefix) {
		return prefix, agency, whole // "WASHINGTON —", "PORT MORESBY:"
	}
	return "", agency, false
}

// datelineSeparator finds the ":", " —", " --" or " –" that ends a dateline
// within the first few words.
func datelineSeparator(p string) (int, int) {
	limit := min(len(p), 60)
	for i := 0; i < limit; i++ {
		for _, sep := range []string{":", " —", " --", " –", " -"} {
			if strings.HasPrefix(p[i:], sep) {
				after := p[i+len(sep):]
				if strings.HasPrefix(after, " ") || strings.HasPrefix(after, "\u00a0") {
					return i, len(sep)
				}
			}
		}
	}
	return -1, 0
}

func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 2
}

// labelWords reports capitals that label a story rather than place it:
// "BREAKING NEWS:", "LIVE UPDATE:".
func labelWords(words []string) bool {
	for _, w := range words {
		switch strings.ToLower(w) {
		case "news", "update", "updates", "exclusive", "watch", "breaking", "live", "video", "analysis", "opinion", "editorial", "comment", "explainer":
			return true
		}
	}
	return false
}
