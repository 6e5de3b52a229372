package content

import (
	"reflect"
	"strings"
	"testing"

	"cables/model"
)

// attributed extracts a story from paragraphs separated by "¶" and returns
// "text | kind | speaker" per quote.
func attributed(text string) []string {
	s := &model.Story{Paragraphs: strings.Split(text, "¶")}
	extract(s)
	var got []string
	for _, q := range s.Quotes {
		got = append(got, q.Text+" | "+string(q.Kind)+" | "+q.Speaker)
	}
	return got
}

func TestAttribution(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"speaker after the quote", `“We will wait,” Senator Paul Lane said.`,
			[]string{"We will wait, | speech | Paul Lane"}},
		{"inverted speaker with rank", `“Nothing has changed,” said Gen. Omar Qadir.`,
			[]string{"Nothing has changed, | speech | Omar Qadir"}},
		{"speaker before a colon", `Mr. Tom Beck said: “The road is open.”`,
			[]string{"The road is open. | speech | Tom Beck"}},
		{"told reporters", `Minister Rita Sahni told reporters the plan was “dead on arrival”.`,
			[]string{"dead on arrival | speech | Rita Sahni"}},
		{"according to a person", `According to Ambassador Jane Ruiz, the aid was “a lifeline.”`,
			[]string{"a lifeline. | speech | Jane Ruiz"}},
		{"according to the cable", `The talks were “going nowhere,” according to the cable.`,
			[]string{"going nowhere, | cable | "}},
		{"the cable speaks", `“The minister is tired of the fight,” the cable said.`,
			[]string{"The minister is tired of the fight, | cable | "}},
		{"inverted document", `“The army runs the country”, says the memo.`,
			[]string{"The army runs the country | cable | "}},
		{"cable quoted a person as saying", `Prime Minister Ali Raza met the envoy. The cable quoted Raza as saying “we need more time.”`,
			[]string{"we need more time. | cable | Ali Raza"}},
		{"was quoted as saying", `Colonel Sam Oduya was quoted as saying “we are ready”.`,
			[]string{"we are ready | speech | Sam Oduya"}},
		{"pronoun after the quote", `President Karim Lodhi met the press.¶“We are not afraid,” he said.`,
			[]string{"We are not afraid, | speech | Karim Lodhi"}},
		{"pronoun skips a woman for he", `Mrs. Anne Lee met Mr. Tom Park. “It is late,” he said.`,
			[]string{"It is late, | speech | Tom Park"}},
		{"pronoun skips a man for she", `Mrs. Anne Lee met Mr. Tom Park. “It is late,” she said.`,
			[]string{"It is late, | speech | Anne Lee"}},
		{"split quote", `Gen. Omar Qadir smiled. “If they come,” he said, “we will talk.”`,
			[]string{"If they come, | speech | Omar Qadir", "we will talk. | speech | Omar Qadir"}},
		{"quote goes on in the next sentence", `“We waited,” Mr. Tom Beck said. “Nobody came.”`,
			[]string{"We waited, | speech | Tom Beck", "Nobody came. | speech | Tom Beck"}},
		{"continuation keeps the speaker", `Mr. Tom Beck said: “The first part.¶“The second part.¶“The end.”`,
			[]string{"The first part. The second part. The end. | speech | Tom Beck"}},
		{"paragraph-long quote after he wrote:", `Ambassador Jane Ruiz was blunt. She wrote:¶“The regime is old and tired.”`,
			[]string{"The regime is old and tired. | cable | Jane Ruiz"}},
		{"role noun names the titled person", `Ambassador Jane Ruiz met the king.¶“The palace is nervous,” the ambassador wrote.`,
			[]string{"The palace is nervous, | cable | Jane Ruiz"}},
		{"unnamed official is no speaker", `“We have no comment,” a senior official said.`,
			[]string{"We have no comment, | speech | "}},
		{"it says, it being the cable", `The leaked cable describes the palace. It says “the king is unwell”.`,
			[]string{"the king is unwell | cable | "}},
		{"writer of a dated cable", `In a cable dated May 4, 2009, Ambassador Jane Ruiz wrote that the army was “restless.”`,
			[]string{"restless. | cable | Jane Ruiz"}},
		{"wrote in a cable after the quote", `“The border is quiet,” Tom Beck wrote in a 2008 cable.`,
			[]string{"The border is quiet, | cable | Tom Beck"}},
		{"passive without agent", `Mr. Tom Beck was accused of “reckless talk”.`,
			[]string{"reckless talk | speech | "}},
		{"appositive between name and verb", `“We will not bow,” Karim Lodhi, the foreign minister, said.`,
			[]string{"We will not bow, | speech | Karim Lodhi"}},
		{"partial quote after said", `Mr. Tom Beck said the talks were “on the same page.”`,
			[]string{"on the same page. | speech | Tom Beck"}},
		{"names inside the quote are not the speaker", `“Lodhi told Ruiz he would resign,” the memo said.`,
			[]string{"Lodhi told Ruiz he would resign, | cable | "}},
		{"document frame carries through the paragraph", `Ten days later, Ambassador Jane Ruiz wrote another cable about a dinner. She called the house “grand”.`,
			[]string{"grand | cable | Jane Ruiz"}},
		{"speech after a cable paragraph", `“The army is restless,” the cable said.¶Asked about it, Minister Rita Sahni said: “I have not read it.”`,
			[]string{"The army is restless, | cable | ", "I have not read it. | speech | Rita Sahni"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := attributed(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
