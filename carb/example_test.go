package carb_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/kg-project/kg/carb"
)

func Example() {
	gold, err := carb.ReadGold(strings.NewReader(
		"Mr. Baker found an opening .\tfound\tMr. Baker\tan opening\n" +
			"Mr. Baker found an opening .\tis\tBaker\tMr.\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	pred, err := carb.ReadPredictions(strings.NewReader(
		"Mr. Baker found an opening .\t0.9\tfound\tMr. Baker\tan opening\n" +
			"Mr. Baker found an opening .\t0.3\tbe\tBaker\ta man\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := carb.Score(gold, pred)
	fmt.Println(r)
	carb.WriteCurve(os.Stdout, r)
	// Output:
	// P 0.750 R 0.833 F1 0.789 AUC 0.792
	// threshold,precision,recall
	// 0.3,0.75,0.8333333333333333
	// 0.9,1,0.5
}
