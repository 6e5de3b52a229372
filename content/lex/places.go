package lex

import (
	"strings"
	"time"
)

// Months maps the names of months, whole and abbreviated, to their
// numbers.
var Months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// Weekdays are the names of the days, whole and abbreviated.
var Weekdays = map[string]bool{
	"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true,
	"wed": true, "wednesday": true, "thu": true, "thur": true, "thurs": true,
	"thursday": true, "fri": true, "friday": true, "sat": true, "saturday": true,
	"sun": true, "sunday": true,
}

// Places are cities that stories are filed from: capitals and the large
// news centres of the regions that the cable leaks were about. A dateline
// glued to other text ("Photo caption Lucknow: …") is found by this list.
var Places = SetOf(`
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

// SetOf builds a lookup from words or phrases separated by "|", lowered.
func SetOf(list string) map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Split(list, "|") {
		if s = strings.TrimSpace(s); s != "" {
			m[strings.ToLower(s)] = true
		}
	}
	return m
}
