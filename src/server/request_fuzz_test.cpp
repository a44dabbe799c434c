// Fuzzing the request decoder through the running server: thousands of mutated application
// bodies and raw byte streams (fixed seed, so failures reproduce). Bad input must get a 4xx, never
// a 5xx, and the server must stay up.
#include <gtest/gtest.h>

#include <random>
#include <thread>

#include "server/server.hpp"
#include "server/testing_client.hpp"
#include "server/testing_mutate.hpp"
#include "server/testing_server.hpp"
#include "store/demo.hpp"
#include "store/testing.hpp"

namespace gongkai::server {
namespace {

constexpr int kMutations = 1500;
constexpr int kRawStreams = 200;

const std::string kValid = R"({"org": 2, "applicant": {"type": "natural_person", "name": "张三",)"
                           R"( "contact": "13800000000"}, "request": "2024年部门预算"})";

using testing::Mutate;

TEST(RequestFuzzTest, MutatedBodiesGetA4xxOrAreAccepted) {
  testing::RunningServer server("sqlite");
  ASSERT_TRUE(server.started());
  int port = server.port();

  std::mt19937 random(20261128);
  int accepted = 0;
  int refused = 0;
  for (int i = 0; i < kMutations; ++i) {
    std::string body = Mutate(kValid, random);
    testing::Reply reply = testing::Send(port, "POST", "/api/v1/public/applications", body);
    ASSERT_TRUE(reply.status == 201 || (reply.status >= 400 && reply.status < 500))
        << "status " << reply.status << " for body " << body << "\n"
        << reply.body;
    (reply.status == 201 ? accepted : refused)++;
  }
  EXPECT_GT(refused, kMutations / 2);

  // Raw bytes where an HTTP request should be: the connection is refused or answered with 4xx.
  for (int i = 0; i < kRawStreams; ++i) {
    boost::asio::io_context ioc;
    boost::asio::ip::tcp::socket socket(ioc);
    boost::system::error_code error;
    socket.connect({boost::asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)},
                   error);
    ASSERT_FALSE(error);
    std::string junk = Mutate(
        "POST /api/v1/public/applications HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
        random);
    boost::asio::write(socket, boost::asio::buffer(junk), error);
    socket.shutdown(boost::asio::ip::tcp::socket::shutdown_send, error);
    std::string answer;
    char chunk[512];
    std::size_t read = 0;
    while ((read = socket.read_some(boost::asio::buffer(chunk), error)) > 0 && !error)
      answer.append(chunk, read);
    EXPECT_EQ(answer.find("HTTP/1.1 5"), std::string::npos) << junk << "\n" << answer;
  }
  EXPECT_EQ(testing::Send(port, "GET", "/healthz").status, 200);
  RecordProperty("accepted", accepted);
}

}  // namespace
}  // namespace gongkai::server
