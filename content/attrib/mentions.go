package attrib

// The people a paragraph names, and the days of the week that set a
// sentence in the news of the week.

// mentions reports whether paragraph pi names person p: a look at the
// paragraph's few mentions, not its words.
func (a *attributor) mentions(pi, p int) bool {
	for _, m := range a.ix.Mentions[pi] {
		if m.Person == p {
			return true
		}
	}
	return false
}

// namesPerson reports a mention of person p in items [s, e).
func namesPerson(pt *paraText, s, e, p int) bool {
	for j := s; j < e; j++ {
		if pt.personAt(j) == p {
			return true
		}
	}
	return false
}

// onWeekday reports a day of the week in items [s, e): "said on Monday"
// sets the words in the news of the week, not in a meeting of years ago.
func onWeekday(pt *paraText, s, e int) bool {
	// (asked of every word of a sentence: a bit of each word's entry)
	for j := s; j < e; j++ {
		if pt.in(j, weekdayMark) {
			return true
		}
	}
	return false
}
