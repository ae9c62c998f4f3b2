// Command server is a token endpoint with net/http, compatible with the reference server's
//
//	GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
//
//	APP_ID=... APP_CERTIFICATE=... PORT=8080 go run ./server
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"regexp"
	"strconv"

	"github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src/rtctokenbuilder2"
)

var appID, appCertificate = os.Getenv("APP_ID"), os.Getenv("APP_CERTIFICATE")

func reply(w http.ResponseWriter, status int, body map[string]string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store") // tokens must never be cached
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}

func rtcToken(w http.ResponseWriter, r *http.Request) {
	// PathValue returns each segment already percent-decoded.
	channelName, role, tokenType, user := r.PathValue("channelName"), r.PathValue("role"), r.PathValue("tokenType"), r.PathValue("uid")

	var rtcRole rtctokenbuilder2.Role
	switch role {
	case "publisher":
		rtcRole = rtctokenbuilder2.RolePublisher
	case "subscriber":
		rtcRole = rtctokenbuilder2.RoleSubscriber
	default:
		reply(w, http.StatusBadRequest, map[string]string{"error": `role must be "publisher" or "subscriber"`})
		return
	}
	expiry := "3600"
	if v := r.URL.Query().Get("expiry"); v != "" {
		expiry = v
	}
	seconds, err := strconv.ParseUint(expiry, 10, 32)
	if err != nil || seconds < 1 || seconds > 86400 {
		reply(w, http.StatusBadRequest, map[string]string{"error": "expiry must be whole seconds from 1 to 86400"})
		return
	}

	var token string
	switch tokenType {
	case "uid":
		// ParseUint allows no sign and nothing above 32 bits.
		uid, err := strconv.ParseUint(user, 10, 32)
		if err != nil {
			reply(w, http.StatusBadRequest, map[string]string{"error": "uid must be a whole number from 0 to 4294967295"})
			return
		}
		token, err = rtctokenbuilder2.BuildTokenWithUid(appID, appCertificate, channelName, uint32(uid), rtcRole, uint32(seconds), uint32(seconds))
	case "userAccount":
		token, err = rtctokenbuilder2.BuildTokenWithUserAccount(appID, appCertificate, channelName, user, rtcRole, uint32(seconds), uint32(seconds))
	default:
		reply(w, http.StatusBadRequest, map[string]string{"error": `tokenType must be "uid" or "userAccount"`})
		return
	}
	if err != nil {
		reply(w, http.StatusInternalServerError, map[string]string{"error": "token builder failed: " + err.Error()})
		return
	}
	reply(w, http.StatusOK, map[string]string{"rtcToken": token})
}

func main() {
	valid := regexp.MustCompile(`^[0-9a-fA-F]{32}$`)
	if !valid.MatchString(appID) || !valid.MatchString(appCertificate) {
		log.Fatal("Set APP_ID and APP_CERTIFICATE to the 32-hex-character values from Agora Console.")
	}
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /rtc/{channelName}/{role}/{tokenType}/{uid}/{$}", rtcToken)
	mux.HandleFunc("GET /rtc/{channelName}/{role}/{tokenType}/{uid}", rtcToken)
	log.Printf("Token server listening on http://localhost:%s", port)
	log.Fatal(http.ListenAndServe(":"+port, mux))
}
