// Command rtctoken prints an RTC token for one user in one channel with Agora's Go builder.
//
//	go get github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src@latest
//	APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 go run ./rtctoken
package main

import (
	"fmt"
	"os"
	"regexp"
	"strconv"

	"github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src/rtctokenbuilder2"
)

func requireHex32(name string) string {
	value := os.Getenv(name)
	if !regexp.MustCompile(`^[0-9a-fA-F]{32}$`).MatchString(value) {
		fmt.Fprintf(os.Stderr, "%s must be the 32 hex characters shown in Agora Console (got %d characters).\n", name, len(value))
		os.Exit(1)
	}
	return value
}

func getenv(name, fallback string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return fallback
}

func main() {
	appID := requireHex32("APP_ID")
	appCertificate := requireHex32("APP_CERTIFICATE")
	channelName := getenv("CHANNEL", "demo")
	uidText := getenv("UID", "1234")
	// ParseUint with bitSize 32 rejects negatives and anything above 4294967295.
	uid, err := strconv.ParseUint(uidText, 10, 32)
	if err != nil {
		fmt.Fprintf(os.Stderr, "UID must be a whole number from 0 to 4294967295 (got %q).\n", uidText)
		os.Exit(1)
	}

	// Both lifetimes are seconds from now, not Unix timestamps. Agora caps a token at 24 hours.
	const tokenExpire = 3600
	const privilegeExpire = 3600

	token, err := rtctokenbuilder2.BuildTokenWithUid(
		appID, appCertificate, channelName, uint32(uid), rtctokenbuilder2.RolePublisher, tokenExpire, privilegeExpire)
	if err != nil {
		fmt.Fprintln(os.Stderr, "building the token failed:", err)
		os.Exit(1)
	}
	fmt.Println(token)
}
