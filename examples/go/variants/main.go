// Command variants prints the other tokens a Go server usually needs, as "label: token" lines.
//
//	APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 USER_ACCOUNT=alice go run ./variants
package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src/chatTokenBuilder"
	"github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src/rtctokenbuilder2"
	"github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src/rtmtokenbuilder2"
)

func getenv(name, fallback string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return fallback
}

func main() {
	appID, appCertificate := os.Getenv("APP_ID"), os.Getenv("APP_CERTIFICATE")
	channelName := getenv("CHANNEL", "demo")
	uid64, err := strconv.ParseUint(getenv("UID", "1234"), 10, 32)
	if err != nil {
		fmt.Fprintln(os.Stderr, "UID must be a whole number from 0 to 4294967295.")
		os.Exit(1)
	}
	uid := uint32(uid64)
	account := getenv("USER_ACCOUNT", "alice")
	const expire = 3600 // seconds from now

	// Every builder returns an error for a malformed App ID or certificate: check each one.
	must := func(token string, err error) string {
		if err != nil {
			fmt.Fprintln(os.Stderr, "building a token failed (check APP_ID and APP_CERTIFICATE):", err)
			os.Exit(1)
		}
		return token
	}

	// 1. A string user account instead of a numeric uid. The client must join with the same string.
	userAccount := must(rtctokenbuilder2.BuildTokenWithUserAccount(
		appID, appCertificate, channelName, account, rtctokenbuilder2.RolePublisher, expire, expire))

	// 2. Audience: may join, may not publish (enforced once co-host authentication is enabled).
	subscriber := must(rtctokenbuilder2.BuildTokenWithUid(
		appID, appCertificate, channelName, uid, rtctokenbuilder2.RoleSubscriber, expire, expire))

	// 3. Co-host authentication: publishing ends after 10 minutes, joining after an hour.
	const publishFor = 600
	coHost := must(rtctokenbuilder2.BuildTokenWithUidAndPrivilege(
		appID, appCertificate, channelName, uid, expire, expire, publishFor, publishFor, publishFor))

	// 4. Signaling (RTM) login for the same person, keyed by a string user id.
	rtm := must(rtmtokenbuilder2.BuildToken(appID, appCertificate, account, expire))

	// 5. Chat user token.
	chat := must(chatTokenBuilder.BuildChatUserToken(appID, appCertificate, account, expire))

	fmt.Println("user-account:", userAccount)
	fmt.Println("subscriber:", subscriber)
	fmt.Println("co-host:", coHost)
	fmt.Println("rtm:", rtm)
	fmt.Println("chat-user:", chat)
}
